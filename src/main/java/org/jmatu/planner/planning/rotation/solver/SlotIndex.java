package org.jmatu.planner.planning.rotation.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;

/** The working solution's slots by post and period, for the custom move factories (built once per phase). */
final class SlotIndex {

    static final SlotIndex EMPTY = new SlotIndex(List.of());

    private final List<RotationSlot> open = new ArrayList<>();
    private final List<RotationSlot> openInKeyGroups = new ArrayList<>();
    private final Map<String, RotationSlot[]> byPost = new HashMap<>();
    private final Map<String, List<PostFact>> keyGroups = new LinkedHashMap<>();

    SlotIndex(List<RotationSlot> slots) {
        int periods = slots.stream().mapToInt(RotationSlot::getPeriodIndex).max().orElse(-1) + 1;
        for (RotationSlot slot : slots) {
            byPost.computeIfAbsent(slot.getPost().id(), post -> new RotationSlot[periods])[slot.getPeriodIndex()] = slot;
            if (!slot.isPinned() && !slot.getNominees().isEmpty()) {
                open.add(slot);
                if (slot.getKeyGroup() != null) {
                    openInKeyGroups.add(slot);
                }
            }
            if (slot.getKeyGroup() != null) {
                List<PostFact> group = keyGroups.computeIfAbsent(slot.getKeyGroup(), key -> new ArrayList<>());
                if (!group.contains(slot.getPost())) {
                    group.add(slot.getPost());
                }
            }
        }
    }

    /** Slots that a move may change: not pinned, with at least one eligible nominee. */
    List<RotationSlot> open() {
        return open;
    }

    List<RotationSlot> openInKeyGroups() {
        return openInKeyGroups;
    }

    List<PostFact> keyGroup(String name) {
        return keyGroups.getOrDefault(name, List.of());
    }

    /** The open slot of {@code post} in {@code period}, or null (inactive, pinned, no nominees or out of range). */
    RotationSlot open(PostFact post, int period) {
        RotationSlot[] slots = byPost.get(post.id());
        if (slots == null || period < 0 || period >= slots.length) {
            return null;
        }
        RotationSlot slot = slots[period];
        return slot != null && !slot.isPinned() && !slot.getNominees().isEmpty() ? slot : null;
    }
}
