package dev.interleave.scenario;

/**
 * One declared result of a lesson: an id (stable, used in the CLI and in recordings), its grade, and the key
 * of its description in the lesson bundle ({@code <lesson>.outcome.<id>}).
 */
public record Outcome(String id, Grade grade) {

    public static Outcome acceptable(String id) {
        return new Outcome(id, Grade.ACCEPTABLE);
    }

    public static Outcome interesting(String id) {
        return new Outcome(id, Grade.INTERESTING);
    }

    public static Outcome forbidden(String id) {
        return new Outcome(id, Grade.FORBIDDEN);
    }

    /** The bundle key of its description within lesson {@code scenarioId}. */
    public String descriptionKey(String scenarioId) {
        return scenarioId + ".outcome." + id;
    }
}
