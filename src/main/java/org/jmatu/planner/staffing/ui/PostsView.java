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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.EquipmentStandard;
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
@PageTitle("Establishment")
@Menu(title = "Establishment", order = 10, icon = "vaadin:sitemap")
public class PostsView extends VerticalLayout {

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

    final TextField code = new TextField("Code");
    final TextField title = new TextField("Title");
    final ComboBox<String> section = new ComboBox<>("Section");
    final IntegerField displayOrder = new IntegerField("Order in section");
    final ComboBox<Rank> rankMin = new ComboBox<>("Lowest rank", Rank.values());
    final ComboBox<Rank> rankMax = new ComboBox<>("Highest rank", Rank.values());
    final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>("Required skills");
    final IntegerField englishMin = new IntegerField("Minimum English (0–5)");
    final ComboBox<SourcingRule> sourcingRule = Pickers.choice("Sourcing", SourcingRule.values());
    final MultiSelectComboBox<Nation> sourcingNations = Pickers.nations("Sourcing nations");
    final TextField keyGroup = new TextField("Key-post group");
    final IntegerField maxNationConsecutive = new IntegerField("Max consecutive periods per nation");
    final IntegerField activeFrom = new IntegerField("Active from period");
    final IntegerField activeTo = new IntegerField("Active to period");
    final ComboBox<EquipmentStandard> requiresStandard = Pickers.choice("Maintains equipment standard",
            EquipmentStandard.values());

    PostsView(StaffingService staffing, NationService nations) {
        this.staffing = staffing;
        this.nations = nations;
        setSizeFull();

        editor = new EditorDialog<>("post", Post.class, staffing::save, staffing::delete, this::refresh);
        code.setHelperText("e.g. J4-DEP");
        section.setAllowCustomValue(true);
        section.addCustomValueSetListener(event -> section.setValue(event.getDetail()));
        section.setHelperText("Pick one or type a new section");
        skills.setItemLabelGenerator(skill -> skill.getCode() + " – " + skill.getName());
        sourcingRule.setHelperText("Fixed or rotating posts need sourcing nations");
        keyGroup.setHelperText("Posts in one group rotate among different nations");
        activeFrom.setHelperText("Empty: from the first period");
        activeTo.setHelperText("Empty: to the last period");
        requiresStandard.setClearButtonVisible(true);
        requiresStandard.setHelperText("For maintainers: needed while that equipment is present");
        editor.form().add(code, title, section, displayOrder, rankMin, rankMax, skills, englishMin, sourcingRule,
                sourcingNations, keyGroup, maxNationConsecutive, activeFrom, activeTo, requiresStandard);
        var binder = editor.binder();
        binder.forField(code).bind("code");
        binder.forField(title).bind("title");
        binder.forField(section).bind("section");
        binder.forField(displayOrder).asRequired("enter a number").bind("displayOrder");
        binder.forField(rankMin).bind("rankMin");
        binder.forField(rankMax).bind("rankMax");
        binder.forField(skills).bind("skills");
        binder.forField(englishMin).asRequired("enter a level from 0 to 5").bind("englishMin");
        binder.forField(sourcingRule).bind("sourcingRule");
        binder.forField(sourcingNations).bind("sourcingNations");
        binder.forField(keyGroup).bind("keyGroup");
        binder.forField(maxNationConsecutive).asRequired("enter a number").bind("maxNationConsecutive");
        binder.forField(activeFrom).bind("activeFrom");
        binder.forField(activeTo).bind("activeTo");
        binder.forField(requiresStandard).bind("requiresStandard");

        grid.addHierarchyColumn(node -> node.isSection() ? node.section() + " (" + node.posts() + ")"
                : node.post().getCode()).setHeader("Section / post").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(node -> node.isSection() ? "" : node.post().getTitle()).setHeader("Title")
                .setWidth("14em").setFlexGrow(2);
        grid.addColumn(node -> node.isSection() ? "" : rankBand(node.post())).setHeader("Rank")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(PostsView::sourcing).setHeader("Sourcing").setWidth("15em").setFlexGrow(1);
        grid.addColumn(node -> node.isSection() ? "" : Formats.list(node.post().getSkills())).setHeader("Skills")
                .setWidth("12em").setFlexGrow(1);
        grid.addColumn(node -> node.isSection() ? "" : String.valueOf(node.post().getEnglishMin()))
                .setHeader("English").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(node -> node.isSection() ? "" : activity(node.post())).setHeader("Active")
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

        CrudToolbar toolbar = new CrudToolbar("New post", () -> openEditor(Post.blank()));
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
            return "always";
        }
        return (post.getActiveFrom() == null ? "start" : "P" + post.getActiveFrom()) + " – "
                + (post.getActiveTo() == null ? "end" : "P" + post.getActiveTo());
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
            cell.add(new Span("maintains " + post.getRequiresStandard().label()));
        }
        return cell;
    }
}
