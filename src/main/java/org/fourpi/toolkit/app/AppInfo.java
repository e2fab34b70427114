package org.fourpi.toolkit.app;

/** The program's name and version, as its jar's manifest gives them. */
public final class AppInfo {

    private AppInfo() {
    }

    /** The version, or "development" when run from the build folder. */
    public static String version() {
        String version = AppInfo.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
