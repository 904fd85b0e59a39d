package org.blockstack.functions.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.ws.rs.HttpMethod;

/**
 * One HTTP endpoint a function serves: a method and a JAX-RS path template split into segments.
 * A parameter segment matches one path segment, unless its regular expression can span several
 * ({@code {path: .+}}), when it matches the rest of the path.
 */
record HttpEndpoint(String method, List<String> segments, String source) {
    private static final Pattern PARAMETER = Pattern.compile("^\\{\\s*[A-Za-z0-9_.-]+\\s*(?::\\s*(.*))?}$");

    @Override
    public String toString() {
        return method + " /" + String.join("/", segments) + " (" + source + ")";
    }

    static boolean isParameter(String segment) {
        return PARAMETER.matcher(segment).matches();
    }

    /** A parameter whose regular expression can match a '/': it takes the rest of the path. */
    static boolean isGreedy(String segment) {
        Matcher parameter = PARAMETER.matcher(segment);
        if (!parameter.matches() || parameter.group(1) == null) {
            return false;
        }
        String regex = parameter.group(1);
        return Pattern.compile(regex).matcher("a/b").matches() || regex.contains("/");
    }

    /** Every resource method of the compiled classes under {@code classesDir}, loaded by name. */
    static List<HttpEndpoint> scan(Path classesDir, String source) {
        List<HttpEndpoint> endpoints = new ArrayList<>();
        for (Class<?> type : classes(classesDir)) {
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            for (Method method : type.getDeclaredMethods()) {
                String httpMethod = httpMethod(method);
                jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                if (httpMethod == null || (classPath == null && methodPath == null)) {
                    continue;
                }
                String path = (classPath == null ? "" : classPath.value()) + "/" + (methodPath == null ? "" : methodPath.value());
                endpoints.add(of(httpMethod, path, source + " " + type.getSimpleName() + "." + method.getName()));
            }
        }
        return endpoints;
    }

    static HttpEndpoint of(String method, String path, String source) {
        List<String> segments = Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
        return new HttpEndpoint(method, segments, source);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static List<Class<?>> classes(Path classesDir) {
        if (!Files.isDirectory(classesDir)) {
            throw new IllegalStateException("no compiled classes at " + classesDir + " (build the module first)");
        }
        try (Stream<Path> files = Files.walk(classesDir)) {
            List<Class<?>> classes = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = classesDir.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    classes.add(Class.forName(name, false, HttpEndpoint.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException(name + " from " + classesDir + " is not on this module's test class "
                            + "path: add its function module as a test dependency of infra/deployment-checks", e);
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
