package dev.interleave.trace;

import static dev.interleave.trace.RecordingFormatException.Reason.CORRUPT;
import static dev.interleave.trace.RecordingFormatException.Reason.DIFFERENT;
import static dev.interleave.trace.RecordingFormatException.Reason.FOREIGN;
import static dev.interleave.trace.RecordingFormatException.Reason.NEWER;
import static dev.interleave.trace.RecordingFormatException.Reason.TRUNCATED;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Reads and writes recordings as files ({@code .ilrec}). The format is documented in
 * {@code docs/recording-format.md}; in short: the ASCII line {@code INTERLEAVE RECORDING}, then a GZIP stream
 * (which checks itself with a CRC) of big-endian data: the format version, the {@link RecordingHeader}, a
 * table describing each event type by name and component types, the events, and an end marker with the
 * count again. Because the table travels with the file, a reader refuses an event type it does not know
 * instead of misreading it.
 *
 * <p>A file that is foreign, truncated, corrupt or from a newer version is refused with a
 * {@link RecordingFormatException} whose message is one line for a person; nothing is half-loaded.
 */
public final class RecordingFile {
    public static final String EXTENSION = "ilrec";
    public static final int VERSION = 1;
    private static final byte[] MAGIC = "INTERLEAVE RECORDING\n".getBytes(StandardCharsets.US_ASCII);
    private static final String END = "END";
    private static final Map<String, Class<?>> EVENT_TYPES = new LinkedHashMap<>();

    static {
        for (Class<?> type : Event.class.getPermittedSubclasses()) {
            EVENT_TYPES.put(type.getSimpleName(), type);
        }
    }

    /** A loaded recording and what it says about its run. */
    public record Loaded(RecordingHeader header, Recording recording) {}

    private RecordingFile() {}

    public static void write(Path file, RecordingHeader header, Recording recording) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(out, header, recording);
        }
    }

    public static void write(OutputStream target, RecordingHeader header, Recording recording) throws IOException {
        target.write(MAGIC);
        GZIPOutputStream zip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(zip, 1 << 16));
        out.writeInt(VERSION);
        writeHeader(out, header);
        List<Class<?>> types = new ArrayList<>(EVENT_TYPES.values());
        out.writeInt(types.size());
        for (Class<?> type : types) {
            out.writeUTF(type.getSimpleName());
            out.writeUTF(signature(type));
        }
        long count = recording.size();
        out.writeLong(count);
        Map<Class<?>, WrittenType> written = new HashMap<>();
        for (int i = 0; i < types.size(); i++) {
            written.put(types.get(i), new WrittenType(i, types.get(i).getRecordComponents()));
        }
        for (long seq = 0; seq < count; seq++) {
            Event event = recording.event(seq);
            WrittenType type = written.get(event.getClass());
            out.writeByte(type.index());
            for (RecordComponent component : type.components()) {
                writeValue(out, component.getType(), read(component, event));
            }
        }
        out.writeUTF(END);
        out.writeLong(count);
        out.flush();
        zip.finish();
        target.flush();
    }

    public static Loaded read(Path file) throws RecordingFormatException, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in);
        }
    }

    public static Loaded read(InputStream source) throws RecordingFormatException, IOException {
        byte[] magic = source.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new RecordingFormatException(FOREIGN, "not an Interleave recording");
        }
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source), 1 << 16));
            int version = in.readInt();
            if (version > VERSION) {
                throw new RecordingFormatException(NEWER, "made by a newer Interleave (format " + version
                        + "; this version reads up to " + VERSION + ")");
            }
            if (version < 1) {
                throw new RecordingFormatException(CORRUPT, "corrupt: format version " + version);
            }
            RecordingHeader header = readHeader(in);
            List<StoredType> constructors = readTypeTable(in);
            long count = in.readLong();
            if (count < 0) {
                throw new RecordingFormatException(CORRUPT, "corrupt: " + count + " events");
            }
            Recording recording = new Recording();
            for (long seq = 0; seq < count; seq++) {
                int type = in.readUnsignedByte();
                if (type >= constructors.size()) {
                    throw new RecordingFormatException(CORRUPT, "corrupt: unknown event type at event " + seq);
                }
                Event event = readEvent(in, constructors.get(type));
                if (event.seq() != seq) {
                    throw new RecordingFormatException(CORRUPT,
                            "corrupt: event " + seq + " is numbered " + event.seq());
                }
                recording.append(event);
            }
            if (!END.equals(in.readUTF()) || in.readLong() != count) {
                throw new RecordingFormatException(CORRUPT, "corrupt: the end marker does not match");
            }
            checkConsistent(recording);
            return new Loaded(header, recording);
        } catch (EOFException e) {
            throw new RecordingFormatException(TRUNCATED, "truncated: the file ends too early", e);
        } catch (ZipException e) {
            throw new RecordingFormatException(CORRUPT, "corrupt: " + e.getMessage(), e);
        }
    }

    /** Reduces every event once: a file whose events contradict each other is refused, not shown. */
    private static void checkConsistent(Recording recording) throws RecordingFormatException {
        WorldState state = new WorldState();
        try {
            Reducer.advance(state, recording, recording.size());
        } catch (RuntimeException e) {
            throw new RecordingFormatException(CORRUPT,
                    "corrupt: event " + state.applied() + " does not fit the ones before it", e);
        }
    }

    private static void writeHeader(DataOutputStream out, RecordingHeader header) throws IOException {
        out.writeUTF(header.lesson());
        out.writeInt(header.parameters().size());
        for (Map.Entry<String, String> p : new java.util.TreeMap<>(header.parameters()).entrySet()) {
            out.writeUTF(p.getKey());
            out.writeUTF(p.getValue());
        }
        out.writeLong(header.seed());
        out.writeUTF(header.mode());
        out.writeInt(header.schedule().size());
        for (String thread : header.schedule()) {
            out.writeUTF(thread);
        }
    }

    private static RecordingHeader readHeader(DataInputStream in) throws IOException, RecordingFormatException {
        String lesson = in.readUTF();
        int parameterCount = checkedCount(in.readInt(), "parameters");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < parameterCount; i++) {
            parameters.put(in.readUTF(), in.readUTF());
        }
        long seed = in.readLong();
        String mode = in.readUTF();
        int steps = checkedCount(in.readInt(), "schedule steps");
        List<String> schedule = new ArrayList<>(Math.min(steps, 1 << 16));
        for (int i = 0; i < steps; i++) {
            schedule.add(in.readUTF());
        }
        return new RecordingHeader(lesson, parameters, seed, mode, schedule);
    }

    private static int checkedCount(int count, String what) throws RecordingFormatException {
        if (count < 0) {
            throw new RecordingFormatException(CORRUPT, "corrupt: " + count + " " + what);
        }
        return count;
    }

    /**
     * An event type as a file stores it: its record's canonical constructor and how many of the leading
     * components the file holds. Components added to a record later (at its end) are missing from older
     * files and read as their default: null, 0 or false.
     */
    private record StoredType(Constructor<?> constructor, int stored) {}

    private static List<StoredType> readTypeTable(DataInputStream in) throws IOException, RecordingFormatException {
        int typeCount = in.readInt();
        if (typeCount < 0 || typeCount > 256) {
            throw new RecordingFormatException(CORRUPT, "corrupt: " + typeCount + " event types");
        }
        List<StoredType> constructors = new ArrayList<>(typeCount);
        for (int i = 0; i < typeCount; i++) {
            String name = in.readUTF();
            String signature = in.readUTF();
            Class<?> type = EVENT_TYPES.get(name);
            String known = type == null ? "" : signature(type);
            if (type == null || !(known.equals(signature) || known.startsWith(signature + ","))) {
                throw new RecordingFormatException(DIFFERENT, "made by a different Interleave: event " + name + "("
                        + signature + ") is unknown here");
            }
            constructors.add(new StoredType(canonical(type), signature.split(",").length));
        }
        return constructors;
    }

    private static String signature(Class<?> type) {
        StringBuilder s = new StringBuilder();
        for (RecordComponent c : type.getRecordComponents()) {
            if (!s.isEmpty()) {
                s.append(',');
            }
            s.append(c.getType().getSimpleName()).append(' ').append(c.getName());
        }
        return s.toString();
    }

    private static Constructor<?> canonical(Class<?> type) {
        Class<?>[] parameterTypes = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An event type as it is written: its place in the type table and its components, looked up once per file
     * (looking them up per event, and checking access on fresh accessors, made writing a million events take
     * 16-20 s instead of 3-4 s).
     */
    private record WrittenType(int index, RecordComponent[] components) {}

    private static Object read(RecordComponent component, Event event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Event readEvent(DataInputStream in, StoredType stored)
            throws IOException, RecordingFormatException {
        Class<?>[] types = stored.constructor().getParameterTypes();
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = i < stored.stored() ? readValue(in, types[i]) : defaultOf(types[i]);
        }
        try {
            return (Event) stored.constructor().newInstance(values);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new RecordingFormatException(CORRUPT, "corrupt: an event could not be rebuilt", e);
        }
    }

    /** The value of a component a file does not hold (added later): what an unset field holds. */
    private static Object defaultOf(Class<?> type) {
        if (type == long.class) {
            return 0L;
        } else if (type == int.class) {
            return 0;
        } else if (type == boolean.class) {
            return false;
        }
        return null;
    }

    private static void writeValue(DataOutputStream out, Class<?> type, Object value) throws IOException {
        if (type == long.class) {
            out.writeLong((Long) value);
        } else if (type == int.class) {
            out.writeInt((Integer) value);
        } else if (type == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (type == String.class) {
            out.writeBoolean(value != null);
            if (value != null) {
                out.writeUTF((String) value);
            }
        } else if (type.isEnum()) {
            out.writeUTF(((Enum<?>) value).name());
        } else if (type == List.class) {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object item : list) {
                if (item instanceof Integer n) {
                    out.writeByte('i');
                    out.writeInt(n);
                } else {
                    out.writeByte('s');
                    out.writeUTF(String.valueOf(item));
                }
            }
        } else {
            throw new IllegalStateException("no file form for " + type);
        }
    }

    private static Object readValue(DataInputStream in, Class<?> type) throws IOException, RecordingFormatException {
        if (type == long.class) {
            return in.readLong();
        } else if (type == int.class) {
            return in.readInt();
        } else if (type == boolean.class) {
            return in.readBoolean();
        } else if (type == String.class) {
            return in.readBoolean() ? in.readUTF() : null;
        } else if (type.isEnum()) {
            String name = in.readUTF();
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw new RecordingFormatException(CORRUPT, "corrupt: no " + type.getSimpleName() + " named " + name);
        } else if (type == List.class) {
            int size = checkedCount(in.readInt(), "list items");
            List<Object> list = new ArrayList<>(Math.min(size, 1 << 10));
            for (int i = 0; i < size; i++) {
                int tag = in.readByte();
                list.add(switch (tag) {
                    case 'i' -> in.readInt();
                    case 's' -> in.readUTF();
                    default -> throw new RecordingFormatException(CORRUPT, "corrupt: list item tag " + tag);
                });
            }
            return List.copyOf(list);
        }
        throw new IllegalStateException("no file form for " + type);
    }
}
