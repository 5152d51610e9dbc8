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
 * away too. The code keeps its indentation; rows it wraps onto ({@link CodeRows}) start {@link #HANG}
 * characters further in, so that they do not read as statements of their own. Its comment comes two
 * characters after it while at least {@link #NARROWEST_COMMENT} ems (or the whole comment, if shorter) are
 * left there, else on the rows under the code, where the code's own further rows start. The font is
 * monospaced. FX thread only.
 */
final class CodeLineText extends Region {
    /** The narrowest a comment's column gets, in ems of its font, before it moves under the code. */
    private static final double NARROWEST_COMMENT = 12;
    /** The fewest characters a row gets before the list scrolls sideways. */
    private static final int NARROWEST_ROW = 10;
    /** How much further in than its first row the rows a line of code wraps onto start. */
    private static final int HANG = 4;
    /** Between code and its comment. */
    private static final int GAP_CHARACTERS = 2;

    private final Label code = new Label();
    /** The line's comment: made when the cell first shows a line that has one (most code lines have none). */
    private Label comment;
    /**
     * Styled as the code and never shown: how tall the code's rows are, asked before they are the code's own
     * text (an estimate from the font came out a pixel or two short, and rows overlapped the next line).
     * Unmanaged, so its changes do not lay the line out again. Made when a line first wraps: the first frame
     * lays out some thirty lines, and a label more for each cost start-up time.
     */
    private Label rowsProbe;
    /** The code without its indentation, on one row. */
    private String codeText = "";
    private int indent;
    /** One character's width, measured when the font changes (zoom, presenter mode). */
    private double charWidth;
    private Font measuredFont;
    /**
     * The last placement worked out, and for which width: a pass of the list's layout asks for the same width
     * several times (preferred height, maximum height, the row's layout, this line's), and each placement
     * measures wrapped text. Forgotten when the line shows another text or the font changes.
     */
    private Placement placed;
    private double placedWidth = Double.NaN;

    CodeLineText() {
        getStyleClass().add("code-line-text");
        code.getStyleClass().add("code-text");
        code.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE); // its rows are made here, never cut to "..."
        getChildren().add(code);
    }

    /** Shows {@code line}; its comment starts at {@code commentAt} (-1: no comment). */
    void show(String line, int commentAt) {
        String codePart = commentAt < 0 ? line : line.substring(0, commentAt);
        codeText = codePart.strip();
        indent = codeText.isEmpty() ? codePart.length() : codePart.indexOf(codeText.charAt(0));
        code.setText(codeText);
        code.setVisible(!codeText.isEmpty());
        if (commentAt >= 0 || comment != null) {
            Label shown = comment();
            shown.setText(commentAt < 0 ? "" : line.substring(commentAt).strip());
            shown.setVisible(commentAt >= 0);
        }
        placed = null;
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
        double widest = Math.max(x(codeText.length()), partWidth(comment));
        return snappedLeftInset() + x(indent) + Math.min(widest, x(NARROWEST_ROW)) + snappedRightInset();
    }

    /** The height at {@code width}; at the preferred width when none is given. */
    @Override
    protected double computePrefHeight(double width) {
        double at = width < 0 ? computePrefWidth(-1) : width;
        return snappedTopInset() + place(at - snappedLeftInset() - snappedRightInset()).height() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        Placement where = place(getWidth() - left - snappedRightInset());
        code.setText(joined(where.codeRows()));
        code.resizeRelocate(left + x(indent), top, code.prefWidth(-1), code.prefHeight(-1));
        if (comment != null) {
            comment.resizeRelocate(left + where.commentX(), top + where.commentY(), where.commentWidth(),
                    where.height() - where.commentY());
        }
    }

    /** How the line goes in {@code width}: the code's rows, the comment's place, the height. */
    private Placement place(double width) {
        double start = x(indent); // measures the font first: a new font forgets the last placement
        if (placed != null && width == placedWidth) {
            return placed;
        }
        placed = placement(width, start);
        placedWidth = width;
        return placed;
    }

    private Placement placement(double width, double start) {
        List<String> rows = CodeRows.of(codeText, Math.max(NARROWEST_ROW, (int) ((width - start) / charWidth)), HANG);
        double codeHeight = 0;
        if (!codeText.isEmpty()) {
            String text = joined(rows);
            codeHeight = text.equals(code.getText()) ? code.prefHeight(-1) : heightAsCode(text);
        }
        if (!hasComment()) {
            return new Placement(rows, start, 0, 0, codeHeight);
        }
        if (codeText.isEmpty()) { // a line that is all comment
            double commentWidth = Math.min(partWidth(comment), Math.max(width - start, 0));
            return new Placement(rows, start, 0, commentWidth, comment.prefHeight(commentWidth));
        }
        double besideX = start + x(codeText.length() + GAP_CHARACTERS);
        double beside = width - besideX;
        if (rows.size() == 1 && beside >= Math.min(partWidth(comment), narrowest())) {
            double commentWidth = Math.min(partWidth(comment), beside);
            return new Placement(rows, besideX, 0, commentWidth, Math.max(codeHeight, comment.prefHeight(commentWidth)));
        }
        double underX = start + x(HANG);
        double under = Math.min(partWidth(comment), Math.max(width - underX, 0));
        return new Placement(rows, underX, codeHeight, under, codeHeight + comment.prefHeight(under));
    }

    /** The code's rows as one text, each after the first indented by {@link #HANG}. */
    private static String joined(List<String> rows) {
        return String.join("\n" + " ".repeat(HANG), rows);
    }

    private boolean hasComment() {
        return comment != null && comment.isVisible();
    }

    private Label comment() {
        if (comment == null) {
            comment = new Label();
            comment.getStyleClass().add("code-comment");
            comment.setWrapText(true);
            comment.setMinWidth(0);
            comment.setMaxWidth(Double.MAX_VALUE);
            // styled when the list next passes over the cells, if not at once: then measured again
            comment.fontProperty().addListener((obs, old, now) -> placed = null);
            getChildren().add(comment);
            comment.applyCss();
        }
        return comment;
    }

    /** How tall {@code text} is in the code's style, before it is the code's own text. */
    private double heightAsCode(String text) {
        if (rowsProbe == null) {
            rowsProbe = new Label();
            rowsProbe.getStyleClass().add("code-text");
            rowsProbe.setManaged(false);
            rowsProbe.setVisible(false);
            getChildren().add(rowsProbe);
            rowsProbe.applyCss(); // styled now: it is measured at once
        }
        rowsProbe.setText(text);
        return rowsProbe.prefHeight(-1);
    }

    /** How wide the comment is on one row; 0 when the line has none. */
    private static double partWidth(Label part) {
        return part != null && part.isVisible() ? part.prefWidth(-1) : 0;
    }

    /** The width of {@code characters} characters of the code's font. */
    private double x(int characters) {
        Font font = code.getFont();
        if (!font.equals(measuredFont)) {
            Text one = new Text("0");
            one.setFont(font);
            charWidth = one.getLayoutBounds().getWidth();
            measuredFont = font;
            placed = null;
        }
        return charWidth * characters;
    }

    private double narrowest() {
        return code.getFont().getSize() * NARROWEST_COMMENT;
    }

    private record Placement(List<String> codeRows, double commentX, double commentY, double commentWidth,
                             double height) {}
}
