package org.blockstack.functions.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, as the build wrote it. */
public final class BuildInfo {
    private static final String VERSION = load();

    private BuildInfo() {
    }

    public static String version() {
        return VERSION;
    }

    /** What status endpoints report as the server version. */
    public static String serverVersion() {
        return "blockstack-functions/" + VERSION;
    }

    private static String load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/blockstack-functions-build.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
