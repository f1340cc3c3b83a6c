package dev.dlint.image.archive.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small immutable JSON tree, built by {@link JsonReader} on Jackson's streaming parser (no data binding).
 *
 * <p>Accessors return {@link Optional} for absent members and throw {@link JsonShapeException} when a member has the
 * wrong type, so wire records can say exactly what is malformed.
 */
public sealed interface Json permits Json.Obj, Json.Arr, Json.Str, Json.Num, Json.Bool, Json.Null {

    /** A short type name for messages. */
    String typeName();

    /** A JSON object; member order is preserved. */
    record Obj(Map<String, Json> members) implements Json {
        /** Keeps the given (already ordered, unmodifiable) map. */
        public Obj {
            members = java.util.Collections.unmodifiableMap(members);
        }

        @Override
        public String typeName() {
            return "object";
        }

        /** A member, if present and not {@code null}. */
        public Optional<Json> get(String key) {
            Json v = members.get(key);
            return v == null || v instanceof Null ? Optional.empty() : Optional.of(v);
        }

        /** A string member. */
        public Optional<String> string(String key) {
            return get(key).map(v -> {
                if (v instanceof Str s) {
                    return s.value();
                }
                throw new JsonShapeException("'" + key + "' should be a string, found " + v.typeName());
            });
        }

        /** An integral number member. */
        public Optional<Long> integer(String key) {
            return get(key).map(v -> {
                if (v instanceof Num n && n.isIntegral()) {
                    return n.longValue();
                }
                throw new JsonShapeException("'" + key + "' should be an integer, found " + v.typeName());
            });
        }

        /** A boolean member. */
        public Optional<Boolean> bool(String key) {
            return get(key).map(v -> {
                if (v instanceof Bool b) {
                    return b.value();
                }
                throw new JsonShapeException("'" + key + "' should be a boolean, found " + v.typeName());
            });
        }

        /** An object member. */
        public Optional<Obj> object(String key) {
            return get(key).map(v -> {
                if (v instanceof Obj o) {
                    return o;
                }
                throw new JsonShapeException("'" + key + "' should be an object, found " + v.typeName());
            });
        }

        /** An array member (an absent or {@code null} member gives an empty list). */
        public List<Json> array(String key) {
            return get(key).map(v -> {
                if (v instanceof Arr a) {
                    return a.items();
                }
                throw new JsonShapeException("'" + key + "' should be an array, found " + v.typeName());
            }).orElse(List.of());
        }

        /** An object of string values (e.g. annotations); non-string values are skipped. */
        public Map<String, String> stringMap(String key) {
            Optional<Obj> o = object(key);
            if (o.isEmpty()) {
                return Map.of();
            }
            Map<String, String> out = new java.util.LinkedHashMap<>();
            o.get().members().forEach((k, v) -> {
                if (v instanceof Str s) {
                    out.put(k, s.value());
                }
            });
            return java.util.Collections.unmodifiableMap(out);
        }
    }

    /** A JSON array. */
    record Arr(List<Json> items) implements Json {
        /** Copies the list. */
        public Arr {
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    /** A JSON string. */
    record Str(String value) implements Json {
        @Override
        public String typeName() {
            return "string";
        }
    }

    /** A JSON number, kept as its text. */
    record Num(String text, boolean isIntegral) implements Json {
        @Override
        public String typeName() {
            return "number";
        }

        /** The value as a long; throws {@link JsonShapeException} if it does not fit. */
        public long longValue() {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new JsonShapeException("number " + text + " is out of range");
            }
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements Json {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    /** {@code null}. */
    record Null() implements Json {
        @Override
        public String typeName() {
            return "null";
        }
    }

    /** Casts to an object or throws {@link JsonShapeException} naming {@code what}. */
    static Obj asObject(Json value, String what) {
        if (value instanceof Obj o) {
            return o;
        }
        throw new JsonShapeException(what + " should be an object, found " + value.typeName());
    }

    /** Casts to a string or throws {@link JsonShapeException} naming {@code what}. */
    static String asString(Json value, String what) {
        if (value instanceof Str s) {
            return s.value();
        }
        throw new JsonShapeException(what + " should be a string, found " + value.typeName());
    }
}
