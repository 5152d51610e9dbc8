package dev.interleave.ui.code;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.List;

/**
 * The text of one line in the code panel, wrapped to the panel's width so that nothing is out of sight: a
 * narrow panel (the code panel of a 1280x720 window, a teacher's zoomed-in projector) used to cut long lines
 * and most comments off at its edge, and scrolling sideways took the line numbers and the threads' chips
 * away too. The code keeps its indentation (rows it wraps onto start where its first row does); its comment
 * comes two characters after it while at least {@link #NARROWEST_COMMENT} ems (or the whole comment, if
 * shorter) are left there, else on the rows under the code, two characters further in. The font is
 * monospaced. FX thread only.
 */
final class CodeLineText extends Region {
    /** The narrowest a comment's column gets, in ems of its font, before it moves under the code. */
    static final double NARROWEST_COMMENT = 12;
    /** The fewest characters a row gets before the list scrolls sideways. */
    private static final int NARROWEST_ROW = 10;
    /** Between code and its comment, and how much further in a comment under the code starts. */
    private static final int GAP_CHARACTERS = 2;

    private final Label code = new Label();
    private final Label comment = new Label();
    private int indent;
    /** The width of one character of the code's font, measured when the font changes (zoom, presenter mode). */
    private double charWidth;
    private Font measuredFont;

    CodeLineText() {
        getStyleClass().add("code-line-text");
        code.getStyleClass().add("code-text");
        comment.getStyleClass().add("code-comment");
        for (Label part : List.of(code, comment)) {
            part.setWrapText(true);
            part.setMinWidth(0);
            part.setMaxWidth(Double.MAX_VALUE);
        }
        getChildren().addAll(code, comment);
    }

    /** Shows {@code line}; its comment starts at {@code commentAt} (-1: no comment). */
    void show(String line, int commentAt) {
        String codePart = commentAt < 0 ? line : line.substring(0, commentAt);
        String stripped = codePart.strip();
        indent = stripped.isEmpty() ? codePart.length() : codePart.indexOf(stripped.charAt(0));
        code.setText(stripped);
        code.setVisible(!stripped.isEmpty());
        comment.setText(commentAt < 0 ? "" : line.substring(commentAt).strip());
        comment.setVisible(commentAt >= 0);
        // The indentation is not in the labels' texts: a reused cell whose "}" stays "}" must move it too.
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL; // the narrower, the more rows
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    /**
     * The indentation and the line's longer part, up to {@link #NARROWEST_ROW} characters: a longer line
     * wraps, it does not widen the list (which would make every line of it scroll sideways). Zoomed in on a
     * 1280x720 window the panel holds little more than that beside the line numbers.
     */
    @Override
    protected double computePrefWidth(double height) {
        double widest = Math.max(partWidth(code), partWidth(comment));
        return snappedLeftInset() + x(indent) + Math.min(widest, x(NARROWEST_ROW)) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inside = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + place(inside).height() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        Placement where = place(getWidth() - left - snappedRightInset());
        code.resizeRelocate(left + x(indent), top, where.codeWidth(), where.codeHeight());
        comment.resizeRelocate(left + where.commentX(), top + where.commentY(), where.commentWidth(),
                where.height() - where.commentY());
    }

    /** Where the code and the comment go in {@code width} (-1: as wide as they like), and the line's height. */
    private Placement place(double width) {
        double start = x(indent);
        double room = width < 0 ? Double.MAX_VALUE : Math.max(width - start, 0);
        double codeWidth = Math.min(partWidth(code), room);
        double codeHeight = code.isVisible() ? code.prefHeight(codeWidth) : 0;
        if (!comment.isVisible()) {
            return new Placement(codeWidth, codeHeight, start, 0, 0, codeHeight);
        }
        if (!code.isVisible()) { // a line that is all comment
            double commentWidth = Math.min(partWidth(comment), room);
            return new Placement(0, 0, start, 0, commentWidth, comment.prefHeight(commentWidth));
        }
        double besideX = start + codeWidth + x(GAP_CHARACTERS);
        double beside = width < 0 ? partWidth(comment) : width - besideX;
        if (codeWidth == partWidth(code) && beside >= Math.min(partWidth(comment), narrowest())) {
            double commentWidth = Math.min(partWidth(comment), beside);
            return new Placement(codeWidth, codeHeight, besideX, 0, commentWidth,
                    Math.max(codeHeight, comment.prefHeight(commentWidth)));
        }
        double underX = start + x(GAP_CHARACTERS);
        double under = Math.min(partWidth(comment), Math.max(width - underX, 0));
        return new Placement(codeWidth, codeHeight, underX, codeHeight, under, codeHeight + comment.prefHeight(under));
    }

    /** How wide a part is on one row; 0 when the line has no such part. */
    private static double partWidth(Label part) {
        return part.isVisible() ? part.prefWidth(-1) : 0;
    }

    /** The width of {@code characters} characters of the code's font. */
    private double x(int characters) {
        Font font = code.getFont();
        if (font != measuredFont) {
            Text one = new Text("0");
            one.setFont(font);
            charWidth = one.getLayoutBounds().getWidth();
            measuredFont = font;
        }
        return charWidth * characters;
    }

    private double narrowest() {
        return comment.getFont().getSize() * NARROWEST_COMMENT;
    }

    private record Placement(double codeWidth, double codeHeight, double commentX, double commentY,
                             double commentWidth, double height) {}
}
