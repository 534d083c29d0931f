package org.jmatu.planner.staffing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Post;
import org.jmatu.planner.staffing.Skill;
import org.jmatu.planner.staffing.SourcingRule;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.CrudToolbar;
import org.jmatu.planner.ui.EditorDialog;
import org.jmatu.planner.ui.Formats;
import org.jmatu.planner.ui.NationBadge;
import org.jmatu.planner.ui.Pickers;

/** The HQ establishment, read the way planners read it: section by section, in the sections' own order. */
@PermitAll
@Route("posts")
@Menu(title = "Establishment", order = 10, icon = "vaadin:sitemap")
public class PostsView extends VerticalLayout implements HasDynamicTitle {

    /** A row of the establishment: a section heading ({@code post == null}) or one of its posts. */
    record Node(String section, Post post, int posts) {

        static Node of(String section, int posts) {
            return new Node(section, null, posts);
        }

        static Node of(Post post) {
            return new Node(post.getSection(), post, 0);
        }

        boolean isSection() {
            return post == null;
        }
    }

    private final StaffingService staffing;
    private final NationService nations;
    final TreeGrid<Node> grid = new TreeGrid<>();
    final EditorDialog<Post> editor;

    final TextField code = new TextField(getTranslation("common.code"));
    final TextField title = new TextField(getTranslation("posts.post-title"));
    final ComboBox<String> section = new ComboBox<>(getTranslation("posts.section"));
    final IntegerField displayOrder = new IntegerField(getTranslation("posts.order"));
    final ComboBox<Rank> rankMin = new ComboBox<>(getTranslation("posts.rank-min"), Rank.values());
    final ComboBox<Rank> rankMax = new ComboBox<>(getTranslation("posts.rank-max"), Rank.values());
    final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>(getTranslation("posts.skills"));
    final IntegerField englishMin = new IntegerField(getTranslation("posts.english-min"));
    final ComboBox<SourcingRule> sourcingRule = Pickers.choice(getTranslation("posts.sourcing"), SourcingRule.values());
    final MultiSelectComboBox<Nation> sourcingNations = Pickers.nations(getTranslation("posts.sourcing-nations"));
    final TextField keyGroup = new TextField(getTranslation("posts.key-group"));
    final IntegerField maxNationConsecutive = new IntegerField(getTranslation("posts.max-consecutive"));
    final IntegerField activeFrom = new IntegerField(getTranslation("posts.active-from"));
    final IntegerField activeTo = new IntegerField(getTranslation("posts.active-to"));
    final ComboBox<EquipmentStandard> requiresStandard = Pickers.choice(getTranslation("posts.requires-standard"),
            EquipmentStandard.values());

    PostsView(StaffingService staffing, NationService nations) {
        this.staffing = staffing;
        this.nations = nations;
        setSizeFull();

        editor = new EditorDialog<>(getTranslation("posts.noun"), Post.class, staffing::save, staffing::delete, this::refresh);
        code.setHelperText(getTranslation("form.example", "J4-DEP"));
        section.setAllowCustomValue(true);
        section.addCustomValueSetListener(event -> section.setValue(event.getDetail()));
        section.setHelperText(getTranslation("posts.section.help"));
        skills.setItemLabelGenerator(skill -> skill.getCode() + " – " + skill.getName());
        sourcingRule.setHelperText(getTranslation("posts.sourcing.help"));
        keyGroup.setHelperText(getTranslation("posts.key-group.help"));
        activeFrom.setHelperText(getTranslation("posts.active-from.help"));
        activeTo.setHelperText(getTranslation("posts.active-to.help"));
        requiresStandard.setClearButtonVisible(true);
        requiresStandard.setHelperText(getTranslation("posts.requires-standard.help"));
        editor.form().add(code, title, section, displayOrder, rankMin, rankMax, skills, englishMin, sourcingRule,
                sourcingNations, keyGroup, maxNationConsecutive, activeFrom, activeTo, requiresStandard);
        var binder = editor.binder();
        binder.forField(code).bind("code");
        binder.forField(title).bind("title");
        binder.forField(section).bind("section");
        binder.forField(displayOrder).asRequired(getTranslation("form.required.number")).bind("displayOrder");
        binder.forField(rankMin).bind("rankMin");
        binder.forField(rankMax).bind("rankMax");
        binder.forField(skills).bind("skills");
        binder.forField(englishMin).asRequired(getTranslation("form.required.level")).bind("englishMin");
        binder.forField(sourcingRule).bind("sourcingRule");
        binder.forField(sourcingNations).bind("sourcingNations");
        binder.forField(keyGroup).bind("keyGroup");
        binder.forField(maxNationConsecutive).asRequired(getTranslation("form.required.number")).bind("maxNationConsecutive");
        binder.forField(activeFrom).bind("activeFrom");
        binder.forField(activeTo).bind("activeTo");
        binder.forField(requiresStandard).bind("requiresStandard");

        grid.addHierarchyColumn(node -> node.isSection() ? node.section() + " (" + node.posts() + ")"
                : node.post().getCode()).setHeader(getTranslation("posts.column.section")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(node -> node.isSection() ? "" : node.post().getTitle()).setHeader(getTranslation("posts.post-title"))
                .setWidth("14em").setFlexGrow(2);
        grid.addColumn(node -> node.isSection() ? "" : rankBand(node.post())).setHeader(getTranslation("common.rank"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(PostsView::sourcing).setHeader(getTranslation("posts.sourcing")).setWidth("15em")
                .setFlexGrow(1);
        grid.addColumn(node -> node.isSection() ? "" : Formats.list(node.post().getSkills())).setHeader(getTranslation("common.skills"))
                .setWidth("12em").setFlexGrow(1);
        grid.addColumn(node -> node.isSection() ? "" : String.valueOf(node.post().getEnglishMin()))
                .setHeader(getTranslation("common.english")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(node -> node.isSection() ? "" : activity(node.post())).setHeader(getTranslation("posts.column.active"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(node -> node.isSection() ? "establishment-section" : null);
        // long titles and skill lists wrap instead of being cut while narrow columns stay half empty
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // section rows fold with their own toggle; only a post opens the editor
        grid.addItemClickListener(event -> {
            if (!event.getItem().isSection()) {
                openEditor(event.getItem().post());
            }
        });
        grid.setSizeFull();

        CrudToolbar toolbar = new CrudToolbar(getTranslation("posts.new"), () -> openEditor(Post.blank()));
        toolbar.allowEditing(CurrentUser.hasRole(Role.PLANNER), editor);
        add(toolbar, grid);
        refresh();
    }

    private void openEditor(Post post) {
        section.setItems(staffing.findAllPosts().stream().map(Post::getSection).distinct().sorted().toList());
        skills.setItems(staffing.findAllSkills());
        sourcingNations.setItems(nations.findAll());
        editor.edit(post);
    }

    private void refresh() {
        Map<String, List<Post>> bySection = new LinkedHashMap<>();
        staffing.findAllPosts().forEach(post ->
                bySection.computeIfAbsent(post.getSection(), key -> new ArrayList<>()).add(post));
        TreeData<Node> tree = new TreeData<>();
        bySection.forEach((name, posts) -> {
            Node heading = Node.of(name, posts.size());
            tree.addItem(null, heading);
            posts.forEach(post -> tree.addItem(heading, Node.of(post)));
        });
        grid.setTreeData(tree);
        grid.expand(tree.getRootItems());
    }

    private static String rankBand(Post post) {
        return post.getRankMin() == post.getRankMax() ? post.getRankMin().code()
                : post.getRankMin().code() + " – " + post.getRankMax().code();
    }

    private static String activity(Post post) {
        if (post.getActiveFrom() == null && post.getActiveTo() == null) {
            return I18n.t("posts.always");
        }
        return (post.getActiveFrom() == null ? I18n.t("posts.start") : "P" + post.getActiveFrom()) + " – "
                + (post.getActiveTo() == null ? I18n.t("posts.end") : "P" + post.getActiveTo());
    }

    private static Component sourcing(Node node) {
        Span cell = new Span();
        if (node.isSection()) {
            return cell;
        }
        Post post = node.post();
        // wrapped and centred: six badges beside the rule stretched to the cell's height and were cut
        cell.getStyle().set("display", "inline-flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-s)");
        cell.add(new Span(post.getSourcingRule().label()), NationBadge.all(post.getSourcingNations()));
        if (post.getRequiresStandard() != null) {
            cell.add(new Span(I18n.t("posts.maintains", post.getRequiresStandard().label())));
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.posts");
    }
}
