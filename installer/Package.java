/*
 * Builds the program's installers from the jar and libraries that `mvn package` has made:
 * a trimmed runtime (jdeps + jlink), an app image with an AOT cache trained by one real start,
 * and the installer for this system (jpackage). Run by `mvn -Pinstaller package` with the JDK 25
 * that the toolchain selects, as a single-file program: `java installer/Package.java key=value ...`.
 * Every tool comes from the JDK running this file, so the runtime matches the JDK that built it.
 */

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/** Makes the runtime, the app image with its AOT cache, and the installer for this system. */
public final class Package {

    /** Modules that jdeps cannot see because they are only looked up at run time. */
    private static final List<String> RUNTIME_ONLY_MODULES = List.of(
            "jdk.localedata", // English (United Kingdom) dates and numbers; only the en locales are kept
            "jdk.charsets");  // spreadsheets and CSV files saved in older Windows code pages

    /** Options every launcher gets: JavaFX and the libraries that load native code may do so. */
    private static final String NATIVE_ACCESS = "--enable-native-access=javafx.graphics,ALL-UNNAMED";

    private static final String NATIVE_LIBRARY = "[^/]+\\.(so|dll|dylib)";

    private final Map<String, String> settings;
    private final Path target;
    private final Path work;
    private final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    private Process xvfb;
    private int displayNumber;

    private Package(Map<String, String> settings) {
        this.settings = settings;
        this.target = Path.of(required("target")).toAbsolutePath();
        this.work = target.resolve("installer");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("Expected key=value, got " + arg);
            }
            settings.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Package build = new Package(settings);
        try {
            build.run();
        } finally {
            build.stopXvfb();
        }
    }

    private void run() throws IOException, InterruptedException {
        say("JDK " + System.getProperty("java.home") + " (" + Runtime.version() + ")");
        if (Runtime.version().feature() < 25) {
            throw new IllegalStateException("Needs JDK 25 or newer (the AOT cache and the JavaFX 25 modules),"
                    + " but runs on " + Runtime.version() + ": is the toolchain plugin selecting a JDK 25?");
        }
        deleteTree(settings.getOrDefault("only", "").equals("minimal-window") ? work.resolve("minimal") : work);
        Files.createDirectories(work);

        List<Path> javafx = javafxModuleJars();
        if (settings.getOrDefault("only", "").equals("minimal-window")) {
            minimalWindow(javafx); // rebuilds just the window the start-up time is compared with
            return;
        }
        Path input = stageInput();
        Set<String> modules = new TreeSet<>(jdkModulesUsed(input));
        modules.addAll(RUNTIME_ONLY_MODULES);
        modules.addAll(List.of("javafx.controls", "javafx.fxml"));
        Path runtime = jlink(javafx, modules, work.resolve("runtime"));

        String name = required("name");
        Path image = appImage(name, input, required("main.jar"), required("main.class"), runtime,
                work.resolve("image"), true);
        train(image, name, required("main.jar"), required("main.class"));

        String types = settings.getOrDefault("types", "").trim();
        for (String type : types.split("\\s+")) {
            if (!type.isEmpty()) {
                installer(type, image);
            }
        }
        if (Boolean.parseBoolean(settings.getOrDefault("benchmark", "false"))) {
            minimalWindow(javafx);
        }
        say("done: " + work);
    }

    /** The program's jar and every library except JavaFX, which goes into the runtime as modules. */
    private Path stageInput() throws IOException {
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        String mainJar = required("main.jar");
        copy(target.resolve(mainJar), input.resolve(mainJar));
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            for (Path jar : jars.sorted().toList()) {
                if (!isJavafx(jar)) {
                    copy(jar, input.resolve("lib").resolve(jar.getFileName()));
                }
            }
        }
        return input;
    }

    private static boolean isJavafx(Path jar) {
        return jar.getFileName().toString().matches("javafx-(base|graphics|controls|fxml|media|swing|web)-.*\\.jar");
    }

    /** JavaFX's jars for this system (the ones with a module-info), to link as modules. */
    private List<Path> javafxModuleJars() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            for (Path jar : jars.sorted().toList()) {
                if (isJavafx(jar)) {
                    try (ZipFile zip = new ZipFile(jar.toFile())) {
                        if (zip.getEntry("module-info.class") != null) {
                            found.add(jar);
                        }
                    }
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("No JavaFX module jars in " + target.resolve("lib"));
        }
        return found;
    }

    private List<String> jdkModulesUsed(Path input) throws IOException {
        say("jdeps: finding the JDK modules the program and its libraries use");
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", Integer.toString(Runtime.version().feature()),
                "--class-path", String.join(java.io.File.pathSeparator, jarsIn(input.resolve("lib")))));
        args.add(input.resolve(required("main.jar")).toString());
        String out = tool("jdeps", args).trim();
        String last = out.lines().reduce((a, b) -> b).orElse("");
        List<String> modules = Arrays.stream(last.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
        if (modules.isEmpty() || !modules.contains("java.base")) {
            throw new IllegalStateException("jdeps gave no module list:\n" + out);
        }
        say("jdeps: " + String.join(",", modules));
        return modules;
    }

    private static List<String> jarsIn(Path dir) throws IOException {
        try (Stream<Path> jars = Files.list(dir)) {
            return jars.map(Path::toString).filter(name -> name.endsWith(".jar")).sorted().toList();
        }
    }

    /**
     * A runtime with only the modules asked for. JavaFX's native libraries sit inside its Maven
     * jars; they are left out of the modules and put where a JDK keeps native code instead, as
     * JavaFX's own jmods would, so nothing is unpacked into the user's home folder at start-up.
     */
    private Path jlink(List<Path> javafx, Set<String> modules, Path output) throws IOException {
        say("jlink: " + String.join(",", modules));
        tool("jlink", List.of(
                "--module-path", String.join(java.io.File.pathSeparator, javafx.stream().map(Path::toString).toList()),
                "--add-modules", String.join(",", modules),
                modules.contains("jdk.localedata") ? "--include-locales=en" : "--dedup-legal-notices=error-if-not-same-content",
                "--exclude-resources=regex:/javafx\\.[a-z]+/(" + NATIVE_LIBRARY + "|[^/]+\\.jar)",
                "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", output.toString()));
        Path nativeDir = output.resolve(isWindows() ? "bin" : "lib");
        for (Path jar : javafx) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (var entry : zip.stream().filter(e -> e.getName().matches(NATIVE_LIBRARY)).toList()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, nativeDir.resolve(entry.getName()));
                    }
                }
            }
        }
        return output;
    }

    private Path appImage(String name, Path input, String mainJar, String mainClass, Path runtime, Path dest,
            boolean program) throws IOException {
        say("jpackage: app image " + name);
        List<String> args = new ArrayList<>(List.of("--type", "app-image",
                "--name", name,
                "--app-version", appVersion(),
                "--vendor", required("vendor"),
                "--input", input.toString(),
                "--main-jar", mainJar,
                "--main-class", mainClass,
                "--runtime-image", runtime.toString(),
                "--java-options", NATIVE_ACCESS,
                "--dest", dest.toString()));
        // $APPDIR is where the jars are; the launcher fills it in, wherever the program is installed.
        args.addAll(List.of("--java-options", "-XX:AOTCache=$APPDIR/" + cacheName(mainJar)));
        String imageOptions = settings.getOrDefault("image.options", "");
        if (program && !imageOptions.isBlank()) {
            args.add("@" + Path.of(imageOptions).toAbsolutePath());
        }
        String icon = settings.getOrDefault("icon", "");
        if (program && !icon.isBlank()) {
            args.addAll(List.of("--icon", Path.of(icon).toAbsolutePath().toString()));
        }
        tool("jpackage", args);
        return dest.resolve(isMac() ? name + ".app" : name);
    }

    private static String cacheName(String mainJar) {
        return mainJar.replaceFirst("\\.jar$", "") + ".aot";
    }

    /** Windows and macOS accept only numbers in a version: 0.1.0-SNAPSHOT becomes 0.1.0. */
    private String appVersion() {
        return required("version").replaceFirst("-.*$", "");
    }

    /**
     * Starts the program once from the app image with -XX:AOTCacheOutput (JEP 483/514/515), on a
     * scratch data folder holding the example data, and keeps the cache inside the image. The class
     * path and options are the ones the launcher uses, so the cache is accepted on every start.
     */
    private void train(Path image, String name, String mainJar, String mainClass)
            throws IOException, InterruptedException {
        Path appDir = appDir(image);
        Path java = runtimeHome(image).resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        Path data = work.resolve("training-data");
        deleteTree(data);
        Path cache = appDir.resolve(cacheName(mainJar));
        List<String> base = List.of(java.toString(), NATIVE_ACCESS, "-cp", appDir.resolve(mainJar).toString(), mainClass);

        say("training: example data in " + data);
        List<String> demo = new ArrayList<>(base);
        demo.addAll(List.of("demo-data", "--data-dir", data.toString()));
        runChecked(demo, Map.of());

        say("training: one start with -XX:AOTCacheOutput=" + cache);
        List<String> start = new ArrayList<>(base);
        start.add(2, "-XX:AOTCacheOutput=" + cache);
        // The program exits as soon as its window shows the data: the cache is for starting.
        start.add(3, "-Dtoolkit.trainingRun=true");
        start.addAll(List.of("--data-dir", data.toString(), "--exit-after-startup"));
        runChecked(start, displayEnvironment());
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("The training run made no AOT cache at " + cache);
        }
        say("training: AOT cache " + Files.size(cache) / (1024 * 1024) + " MB");
        deleteTree(data);
    }

    private Path appDir(Path image) {
        if (isMac()) {
            return image.resolve("Contents").resolve("app");
        }
        return isWindows() ? image.resolve("app") : image.resolve("lib").resolve("app");
    }

    private Path runtimeHome(Path image) {
        if (isMac()) {
            return image.resolve("Contents").resolve("runtime").resolve("Contents").resolve("Home");
        }
        return isWindows() ? image.resolve("runtime") : image.resolve("lib").resolve("runtime");
    }

    /** The installer of one type (deb, rpm, msi, exe, dmg, pkg) made from the finished app image. */
    private void installer(String type, Path image) throws IOException, InterruptedException {
        if (type.equals("app-image")) {
            return; // already made
        }
        say("jpackage: " + type);
        List<String> args = new ArrayList<>(List.of("--type", type,
                "--app-image", image.toString(),
                "--name", required("name"),
                "--app-version", appVersion(),
                "--vendor", required("vendor"),
                "--description", required("description"),
                "--dest", work.toString()));
        String options = settings.getOrDefault("options", "");
        if (!options.isBlank()) {
            args.add("@" + Path.of(options).toAbsolutePath());
        }
        String icon = settings.getOrDefault("icon", "");
        if (!icon.isBlank()) {
            args.addAll(List.of("--icon", Path.of(icon).toAbsolutePath().toString()));
        }
        if (!type.equals("deb")) {
            tool("jpackage", args);
            return;
        }
        // jpackage copies the image without the files' times, and the JVM refuses an AOT cache whose
        // jars have other times than at training. So the .deb is packed once fast, then again with the
        // trained image's times (and dpkg's usual compression), which dpkg keeps when it installs.
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jpackage").toString());
        command.addAll(args);
        runChecked(command, Map.of("DPKG_DEB_COMPRESSOR_TYPE", "gzip", "DPKG_DEB_COMPRESSOR_LEVEL", "1"));
        try (Stream<Path> debs = Files.list(work)) {
            for (Path deb : debs.filter(p -> p.getFileName().toString().endsWith(".deb")).toList()) {
                repackWithTrainedTimes(deb, appDir(image));
            }
        }
    }

    private void repackWithTrainedTimes(Path deb, Path trainedAppDir) throws IOException, InterruptedException {
        say("dpkg-deb: " + deb.getFileName() + " again, with the times the AOT cache was trained with");
        Path tree = work.resolve("deb-tree");
        deleteTree(tree);
        runChecked(List.of("dpkg-deb", "--raw-extract", deb.toString(), tree.toString()), Map.of());
        Path mainJar;
        try (Stream<Path> all = Files.walk(tree)) {
            mainJar = all.filter(p -> p.endsWith(Path.of("lib", "app", required("main.jar")))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + required("main.jar") + " in " + deb));
        }
        Path packedAppDir = mainJar.getParent();
        try (Stream<Path> trained = Files.walk(trainedAppDir)) {
            for (Path file : trained.filter(Files::isRegularFile).toList()) {
                Path packed = packedAppDir.resolve(trainedAppDir.relativize(file).toString());
                if (Files.isRegularFile(packed)) { // jpackage's own notes on the image are not packed
                    Files.setLastModifiedTime(packed, Files.getLastModifiedTime(file));
                }
            }
        }
        Files.delete(deb);
        runChecked(List.of("dpkg-deb", "--root-owner-group", "--build", tree.toString(), deb.toString()), Map.of());
        deleteTree(tree);
    }

    /**
     * A window with one label, linked, trained and packaged the same way, to measure the program's
     * start-up against: what is left is what JavaFX itself costs on this machine.
     */
    private void minimalWindow(List<Path> javafx) throws IOException, InterruptedException {
        Path dir = work.resolve("minimal");
        Path classes = dir.resolve("classes");
        Path input = dir.resolve("input");
        Files.createDirectories(input);
        String source = Path.of(required("minimal.source")).toAbsolutePath().toString();
        tool("javac", List.of("--release", Integer.toString(Runtime.version().feature()),
                "--module-path", String.join(java.io.File.pathSeparator, javafx.stream().map(Path::toString).toList()),
                "--add-modules", "javafx.controls", "-d", classes.toString(), source));
        tool("jar", List.of("--create", "--file", input.resolve("minimal-window.jar").toString(),
                "-C", classes.toString(), "."));
        Path runtime = jlink(javafx, new TreeSet<>(List.of("java.base", "java.management", "javafx.controls")),
                dir.resolve("runtime"));
        String name = "minimal-window";
        Path image = appImage(name, input, "minimal-window.jar", "MinimalWindow", runtime, dir.resolve("image"), false);
        Path appDir = appDir(image);
        Path java = runtimeHome(image).resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        say("training: minimal window");
        runChecked(List.of(java.toString(), NATIVE_ACCESS, "-XX:AOTCacheOutput=" + appDir.resolve(cacheName("minimal-window.jar")),
                "-cp", appDir.resolve("minimal-window.jar").toString(), "MinimalWindow"), displayEnvironment());
    }

    /**
     * The training start needs a screen. On Linux without one, a virtual one (Xvfb) is started;
     * Monocle's headless platform would train the cache with classes the real window never loads.
     */
    private Map<String, String> displayEnvironment() throws IOException, InterruptedException {
        if (isWindows() || isMac() || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null) {
            return Map.of();
        }
        if (xvfb == null) {
            for (int n = 90; n < 120; n++) {
                if (!Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                    try {
                        xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                                .redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
                    } catch (IOException noXvfb) {
                        throw new IllegalStateException("There is no screen (DISPLAY is not set) and Xvfb is not"
                                + " installed, so the AOT cache cannot be trained: apt-get install xvfb", noXvfb);
                    }
                    displayNumber = n;
                    break;
                }
            }
            for (int i = 0; i < 50 && !Files.exists(Path.of("/tmp/.X11-unix/X" + displayNumber)); i++) {
                Thread.sleep(100);
            }
            if (!xvfb.isAlive()) {
                throw new IllegalStateException("Xvfb did not start: see " + work.resolve("xvfb.log"));
            }
        }
        return Map.of("DISPLAY", ":" + displayNumber);
    }

    private void stopXvfb() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }

    private void runChecked(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.MINUTES)) { // packing a .deb on a busy machine takes a while
            process.destroyForcibly();
            throw new IllegalStateException("Took more than an hour: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Exit code " + process.exitValue() + ": " + command);
        }
    }

    private static String tool(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK"));
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        int code = tool.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true),
                args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException(name + " failed (" + code + "): " + String.join(" ", args)
                    + "\n" + out + err);
        }
        if (!err.toString().isBlank()) {
            System.err.print(err);
        }
        return out.toString();
    }

    private String required(String key) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + key + "=...");
        }
        return value;
    }

    private boolean isWindows() {
        return os.startsWith("windows");
    }

    private boolean isMac() {
        return os.startsWith("mac");
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void say(String line) {
        System.out.println("[installer] " + line);
    }
}
