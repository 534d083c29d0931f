package org.jmatu.planner.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jmatu.planner.security.AccountService;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.sourcing.SourcingFixture;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications reach their readers: in the bell, and by e-mail through a real SMTP server this test starts
 * (GreenMail) when mail is on and the account has an address; an account without one gets the bell only.
 */
class NotificationMailTest extends KaribuTest {

    /** A free port, chosen before the Spring context reads it (the server itself starts before each test). */
    static final int PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("planner.notifications.mail.enabled", () -> "true");
        registry.add("planner.notifications.mail.from", () -> "planner@jmatu.test");
        registry.add("planner.notifications.base-url", () -> "https://planner.jmatu.test");
    }

    @Autowired AccountService accounts;
    @Autowired NotificationService notifications;

    @Test
    void newRequestsReachTheAskedNationsLiaisonOfficerByMailAndInTheBell() throws Exception {
        SourcingFixture fixture = new SourcingFixture(context).setUp();
        String withMail = "liaison-" + fixture.asked.getCode().toLowerCase();
        String withoutMail = "liaison-" + fixture.other.getCode().toLowerCase();
        signIn(SignedInAs.admin());
        accounts.create(withMail, "correct-horse-1", Role.LIAISON, fixture.asked.getCode());
        accounts.setEmail(withMail, "lo@" + fixture.asked.getCode().toLowerCase() + ".test");
        accounts.create(withoutMail, "correct-horse-1", Role.LIAISON, fixture.other.getCode());

        fixture.publish(List.of());

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        List<MimeMessage> theirs = Arrays.stream(received).filter(message -> recipient(message)
                .equals("lo@" + fixture.asked.getCode().toLowerCase() + ".test")).toList();
        // the roster's publication and the requests it raised
        assertThat(theirs).extracting(NotificationMailTest::subject).anyMatch(subject -> subject.contains("Roster v"))
                .filteredOn(subject -> subject.contains("new sourcing requests")).hasSize(1);
        assertThat(theirs).filteredOn(message -> subject(message).contains("new sourcing requests"))
                .singleElement().satisfies(message -> {
                    assertThat(message.getSubject()).startsWith("JMATU staff planner: ")
                            .contains("new sourcing requests from roster v");
                    assertThat(GreenMailUtil.getBody(message)).contains("https://planner.jmatu.test/sourcing-requests");
                    assertThat(message.getFrom()[0].toString()).isEqualTo("planner@jmatu.test");
                });

        signIn(SignedInAs.liaison(fixture.other.getCode()));
        assertThat(notifications.unread()).isPositive();
        assertThat(notifications.latest(5)).extracting(Notification::getTextKey).contains("notify.requests-raised");
        notifications.markAllRead();
        assertThat(notifications.unread()).isZero();

        // the morning reminder, run by two instances waking at once: the demo horizon's first period is due before
        // the test clock's week is out, and each request is reminded once between them
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (Future<Object> instance : instances.invokeAll(List.of(Executors.callable(notifications::remindDue),
                    Executors.callable(notifications::remindDue)))) {
                instance.get(60, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }
        long reminded = notifications.unread();
        assertThat(reminded).isPositive();
        List<Notification> dues = notifications.latest(1_000).stream()
                .filter(notification -> notification.getKind() == NotificationKind.REQUEST_DUE).toList();
        assertThat(dues).hasSize((int) reminded).extracting(notification -> List.of(notification.args()))
                .doesNotHaveDuplicates().allSatisfy(args -> assertThat(args.getFirst().toString())
                        .as("the slot by its post and period label").matches("\\S+ \\d{4}-(H|Q)\\d"));
        notifications.remindDue();
        assertThat(notifications.unread()).as("each request is reminded once").isEqualTo(reminded);
        assertThat(received).noneMatch(message -> recipient(message).contains(fixture.other.getCode().toLowerCase()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
