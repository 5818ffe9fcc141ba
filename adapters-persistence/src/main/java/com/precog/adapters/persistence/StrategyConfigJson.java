package com.precog.adapters.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.domain.strategy.EntryRules;
import com.precog.domain.strategy.StrategyConfig;
import com.precog.domain.strategy.StrategyType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSONB form of a {@link StrategyConfig}: {@code {"type": ..., "defaults": {...}, "by_league": {"NFL": {...}}}}.
 * Each rule set is written component by component from its record: decimal value types as their exact
 * text ({@code toString}/{@code parse}), durations as ISO-8601, numbers and booleans as JSON. Reading uses
 * the record's canonical constructor, so the domain's validation runs again.
 */
final class StrategyConfigJson {
    private StrategyConfigJson() {}

    static ObjectNode toJson(StrategyConfig c) {
        ObjectNode n = JsonColumns.MAPPER.createObjectNode();
        n.put("type", c.type().wireName());
        n.set("defaults", rules(c.defaults()));
        ObjectNode leagues = n.putObject("by_league");
        new TreeMap<>(c.byLeague()).forEach((league, r) -> leagues.set(league, rules(r)));
        return n;
    }

    static StrategyConfig fromJson(JsonNode n) {
        StrategyType type = StrategyType.parse(n.get("type").asText());
        Class<?> rulesClass = StrategyConfig.defaults(type).defaults().getClass();
        Map<String, EntryRules> leagues = new HashMap<>();
        n.get("by_league").properties().forEach(e -> leagues.put(e.getKey(), rules(rulesClass, e.getValue())));
        return new StrategyConfig(type, rules(rulesClass, n.get("defaults")), leagues);
    }

    private static ObjectNode rules(EntryRules r) {
        ObjectNode n = JsonColumns.MAPPER.createObjectNode();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = invoke(c.getAccessor(), r);
            Class<?> t = c.getType();
            if (t == boolean.class) {
                n.put(c.getName(), (Boolean) v);
            } else if (t == int.class) {
                n.put(c.getName(), (Integer) v);
            } else if (t == long.class) {
                n.put(c.getName(), (Long) v);
            } else {
                n.put(c.getName(), v.toString());   // Dollars, Probability, KellyFraction, Duration: exact text
            }
        }
        return n;
    }

    private static EntryRules rules(Class<?> type, JsonNode n) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            JsonNode v = n.get(c.getName());
            if (v == null) {
                throw new IllegalStateException("stored strategy config lacks '" + c.getName() + "' of " + type.getSimpleName());
            }
            Class<?> t = c.getType();
            if (t == boolean.class) {
                args[i] = v.asBoolean();
            } else if (t == int.class) {
                args[i] = v.asInt();
            } else if (t == long.class) {
                args[i] = v.asLong();
            } else if (t == Duration.class) {
                args[i] = Duration.parse(v.asText());
            } else {
                args[i] = parse(t, v.asText());
            }
        }
        try {
            Constructor<?> k = type.getDeclaredConstructor(types);
            return (EntryRules) k.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName() + " from " + n + ": " + cause(e), e);
        }
    }

    private static Object parse(Class<?> t, String text) {
        try {
            return t.getMethod("parse", String.class).invoke(null, text);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot parse " + t.getSimpleName() + " from '" + text + "': " + cause(e), e);
        }
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + ": " + cause(e), e);
        }
    }

    private static String cause(ReflectiveOperationException e) {
        Throwable c = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
        return String.valueOf(c.getMessage());
    }
}
