package dev.interleave.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A text resource (a lesson's Java source, its Python idiom) as lines. */
public final class SourceText {
    private SourceText() {}

    /** The lines of classpath resource {@code resource}, or an empty list if it is missing. */
    public static List<String> lines(String resource) {
        try (InputStream in = SourceText.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
