package org.blockstack.functions.lookup.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The {@link CachePolicy} of a read API resource method; without it, {@link CachePolicy#INDEX}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CacheFor {
    CachePolicy value();
}
