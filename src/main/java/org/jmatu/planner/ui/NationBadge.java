package org.jmatu.planner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.jmatu.planner.shared.Nation;

/** A nation's code on its colour (styles.css), the same in every list, roster and chart. */
public final class NationBadge extends Span {

    /** Only plain codes go into the style; anything else keeps the neutral badge colour. */
    private static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z0-9]{1,10}");

    public NationBadge(Nation nation) {
        this(nation == null ? null : nation.getCode());
        if (nation != null) {
            setTitle(nation.getName());
        }
    }

    public NationBadge(String code) {
        addClassName("nation-badge");
        setText(code == null ? "—" : code);
        if (code != null && SAFE_CODE.matcher(code).matches()) {
            getStyle().set("background", "var(--nation-" + code + ", var(--lumo-contrast-60pct))");
        }
    }

    /** Badges of several nations side by side, in code order. */
    public static Component all(Collection<Nation> nations) {
        Span row = new Span();
        row.getStyle().set("display", "inline-flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        nations.stream().sorted(Comparator.comparing(Nation::getCode)).map(NationBadge::new).forEach(row::add);
        return row;
    }
}
