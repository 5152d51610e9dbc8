package dev.interleave.ui.stage;

import javafx.animation.TranslateTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.util.Duration;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Animates thread chips to where they now are from where they were (the "FLIP" technique): after the stage
 * is re-rendered and laid out, each chip that was elsewhere a moment ago starts at its old place and slides
 * to its new one. A chip keeps its place in the same box if it can (a thread moving from a lock's entry
 * queue to its owner slot); a chip new to a box flies in from the box the thread just left.
 */
final class ChipMover {
    private Map<String, Point2D> lastByPlace = new HashMap<>();

    /** Forget every position (a new run: nothing should fly in from the old one). */
    void forget() {
        lastByPlace.clear();
    }

    /** Lays out {@code root}, then slides each moved chip over {@code duration} from where it was last time. */
    void settle(Parent root, Duration duration) {
        root.applyCss();
        root.layout();
        Map<String, Point2D> byPlace = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<Integer, Deque<Point2D>> vanished = new HashMap<>();
        for (Map.Entry<String, Point2D> old : lastByPlace.entrySet()) {
            int thread = Integer.parseInt(old.getKey().substring(0, old.getKey().indexOf('@')));
            vanished.computeIfAbsent(thread, k -> new ArrayDeque<>()).add(old.getValue());
        }
        for (Node node : root.lookupAll(".thread-chip")) {
            if (!(node instanceof ThreadChip chip) || !chip.isVisible()) {
                continue;
            }
            Bounds b = chip.localToScene(chip.getLayoutBounds());
            Point2D now = new Point2D(b.getMinX(), b.getMinY());
            String place = chip.thread() + "@" + boxOf(chip);
            if (!seen.add(place)) {
                continue;
            }
            byPlace.put(place, now);
            Point2D from = lastByPlace.get(place);
            if (from == null) {
                Deque<Point2D> left = vanished.get(chip.thread());
                from = left == null || left.isEmpty() ? null : left.peek();
            }
            if (from != null && from.distance(now) > 1) {
                chip.setTranslateX(from.getX() - now.getX());
                chip.setTranslateY(from.getY() - now.getY());
                TranslateTransition slide = new TranslateTransition(duration, chip);
                slide.setToX(0);
                slide.setToY(0);
                slide.play();
            }
        }
        lastByPlace = byPlace;
    }

    private static String boxOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof StageBox<?> box) {
                return box.getId();
            }
        }
        return "";
    }
}
