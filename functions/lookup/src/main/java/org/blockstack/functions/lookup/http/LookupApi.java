package org.blockstack.functions.lookup.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks the read API's resources, so its filters (query rules, caching headers, timing) apply to
 * them only: in the local server the same application also serves the other functions.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LookupApi {
}
