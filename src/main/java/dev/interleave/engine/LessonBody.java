package dev.interleave.engine;

/**
 * The code of a lesson thread. It may throw checked exceptions (a {@code BrokenBarrierException}, say): the
 * thread then ends with that exception, which its lane shows, and the rest of the run goes on.
 */
@FunctionalInterface
public interface LessonBody {
    void run() throws Exception;
}
