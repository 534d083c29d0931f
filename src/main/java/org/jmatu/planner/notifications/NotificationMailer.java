package org.jmatu.planner.notifications;

import java.util.List;
import org.jmatu.planner.security.Recipients.Recipient;
import org.jmatu.planner.shared.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by e-mail, in the recipient's language, where mail is switched on
 * ({@code planner.notifications.mail.enabled}, off by default; the server is Spring's {@code spring.mail.*}) and the
 * account has an address. A mail server that is down costs the e-mail, never the work that caused it: the in-app
 * notification is stored either way.
 */
@Component
class NotificationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> sender,
                       @Value("${planner.notifications.mail.enabled:false}") boolean enabled,
                       @Value("${planner.notifications.mail.from:planner@jmatu.example}") String from,
                       @Value("${planner.notifications.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    void send(Recipient to, String key, List<String> args, String link) {
        if (!enabled || to.email() == null) {
            return;
        }
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            LOG.warn("E-mail notifications are on, but no mail server is set (spring.mail.host)");
            return;
        }
        String text = I18n.translate(to.language().locale(), key, args.toArray());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.email());
        message.setSubject(I18n.translate(to.language().locale(), "notify.mail.subject", text));
        message.setText(text + "\n\n" + I18n.translate(to.language().locale(), "notify.mail.footer",
                baseUrl + (link == null ? "" : link)));
        try {
            mail.send(message);
        } catch (MailException e) {
            LOG.warn("E-mail notification to {} not sent: {}", to.username(), e.getMessage());
        }
    }
}
