package org.blockstack.functions.benchmarks.floor;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.funqy.Funq;

/** Answers any event with a greeting: all a Funqy Lambda does besides starting. */
public class HelloFunction {
    @Funq("hello")
    public Map<String, String> hello(JsonNode event) {
        return Map.of("greeting", "hello " + event.path("name").asText("world"));
    }
}
