package org.opencrm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.opencrm.adapter.rest.server.Resources;
import org.opencrm.application.fake.FakeApplication;

/**
 * The OpenAPI generator names a schema by the type's simple name and keeps one type per name: two records
 * called {@code Row} would silently share one schema, and generated clients would read one report wrongly.
 */
class SchemaNamesTest {

    @Test
    void everyTypeTheApiSendsOrReceivesHasASchemaNameOfItsOwn() {
        FakeApplication app = new FakeApplication();
        Map<String, List<String>> byName = new TreeMap<>();
        for (Object resource : Resources.all(app::useCase, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), "t")) {
            for (Method m : resource.getClass().getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isPublic(m.getModifiers())) {
                    walk(m.getGenericReturnType(), byName);
                    for (Type p : m.getGenericParameterTypes()) {
                        walk(p, byName);
                    }
                }
            }
        }
        assertThat(byName).allSatisfy((name, types) -> assertThat(types).as(name).hasSize(1));
        assertThat(byName).containsKeys("ComplaintRow", "PrincipleRow", "AttitudeClassRow");
    }

    private static void walk(Type type, Map<String, List<String>> byName) {
        if (type instanceof ParameterizedType p) {
            walk(p.getRawType(), byName);
            for (Type arg : p.getActualTypeArguments()) {
                walk(arg, byName);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || !c.isRecord()) {
            return;
        }
        List<String> seen = byName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>());
        if (seen.contains(c.getName())) {
            return;
        }
        seen.add(c.getName());
        for (RecordComponent rc : c.getRecordComponents()) {
            walk(rc.getGenericType(), byName);
        }
    }
}
