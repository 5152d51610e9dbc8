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
 *
 * <p>The new places are read in the pulse's own layout (see {@link #afterLayout}), before it is rendered, so a
 * re-render costs no extra CSS and layout pass. FX thread only.
 */
final class ChipMover {
    private Map<String, Point2D> lastByPlace = new HashMap<>();
    /** The slide asked for since the last layout, or null. */
    private Duration pending;

    /** Forget every position (a new run, or full speed: nothing should fly in from before). */
    void forget() {
        lastByPlace.clear();
        pending = null;
    }

    /** The stage was re-rendered: once it is laid out, slide each moved chip over {@code duration}. */
    void request(Duration duration) {
        pending = duration;
    }

    /**
     * Called after every layout pass of the scene, before rendering: if a slide was asked for, starts each moved
     * chip at its old place, sliding to its new one, and remembers where every chip is now. Places are taken in
     * {@code root}'s coordinates, the stage's scrolled content: a scroll moves every chip on the screen, and
     * measured on the screen each would then slide by the scroll's distance.
     */
    void afterLayout(Parent root) {
        if (pending == null) {
            return;
        }
        Duration duration = pending;
        pending = null;
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
            Bounds b = root.sceneToLocal(chip.localToScene(chip.getLayoutBounds()));
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
