package org.blockstack.functions.deployment;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Every resource method of a function module's classes, inherited ones included: a concrete
     * subclass with its own {@code @Path} serves its superclasses' methods at its path (the lookup
     * function serves one resource at several prefixes that way). Abstract classes serve nothing
     * on their own.
     */
    static List<HttpEndpoint> scan(String module) {
        List<HttpEndpoint> endpoints = new ArrayList<>();
        for (Class<?> type : Repository.classesOf(module)) {
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            Set<String> seen = new HashSet<>();
            for (Method method : methodsOf(type)) {
                if (!seen.add(method.getName() + Arrays.toString(method.getParameterTypes()))) {
                    continue;
                }
                String httpMethod = httpMethod(method);
                jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                if (httpMethod == null || (classPath == null && methodPath == null)) {
                    continue;
                }
                String path = (classPath == null ? "" : classPath.value()) + "/" + (methodPath == null ? "" : methodPath.value());
                endpoints.add(of(httpMethod, path, module + " " + type.getSimpleName() + "." + method.getName()));
            }
        }
        return endpoints;
    }

    /** The class's own methods first, then those of each superclass (so overrides win). */
    private static List<Method> methodsOf(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            methods.addAll(Arrays.asList(c.getDeclaredMethods()));
        }
        return methods;
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
}
