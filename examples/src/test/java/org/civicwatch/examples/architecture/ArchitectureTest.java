package org.civicwatch.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph, held by rules over the compiled classes of every civicwatch jar: core at the bottom
 * with no dependencies, the shared JSON and blog libraries on core, every format plugin on core (and its own
 * format library) alone, and no module reaching into another's {@code internal} or {@code impl} package.
 *
 * <p>A class's module is read from its package: {@code org.civicwatch.importers.X} and
 * {@code org.civicwatch.exporters.X} are plugins, {@code org.civicwatch.json}, {@code org.civicwatch.blog},
 * {@code org.civicwatch.testkit}, {@code org.civicwatch.pipeline} (the Beam pipeline),
 * {@code org.civicwatch.cli} and {@code org.civicwatch.examples} are the modules of those names, everything else under
 * {@code org.civicwatch} is core. Apache Beam is used by the pipeline and nowhere else.
 */
class ArchitectureTest {

    /**
     * The third-party packages each module may use besides the JDK and jsr305: a plugin brings the one
     * library made for its format. A new module is added here deliberately, with its library.
     */
    private static final Map<String, Set<String>> LIBRARIES = Map.ofEntries(
            Map.entry("core", Set.of()),
            Map.entry("testkit", Set.of()),
            Map.entry("json", Set.of("tools.jackson")),
            Map.entry("blog", Set.of("org.jsoup", "tools.jackson")),
            Map.entry("importers.json", Set.of("tools.jackson")),
            Map.entry("exporters.json", Set.of("tools.jackson")),
            // Pages and posts are read by the blog library; the plugin itself uses no third-party library.
            Map.entry("importers.html", Set.of()),
            Map.entry("importers.mt", Set.of()),
            Map.entry("importers.warc", Set.of("org.netpreserve.jwarc")),
            Map.entry("exporters.html", Set.of("org.jsoup", "tools.jackson")),
            Map.entry("importers.csv", Set.of("org.apache.commons.csv")),
            Map.entry("exporters.csv", Set.of("org.apache.commons.csv")),
            Map.entry("cli", Set.of("picocli")),
            // Beam, and jwarc to find where a web archive's records begin so that it can be cut between them.
            Map.entry("pipeline", Set.of("org.apache.beam", "org.netpreserve.jwarc")));

    /** The civicwatch modules each module may use, besides itself. */
    private static final Map<String, Set<String>> MODULES = Map.ofEntries(
            Map.entry("core", Set.of()),
            Map.entry("testkit", Set.of("core")),
            Map.entry("json", Set.of("core")),
            Map.entry("blog", Set.of("core", "json")),
            Map.entry("importers.json", Set.of("core", "json")),
            Map.entry("exporters.json", Set.of("core", "json")),
            Map.entry("importers.html", Set.of("core", "blog")),
            Map.entry("importers.mt", Set.of("core", "blog")),
            Map.entry("importers.warc", Set.of("core", "blog")),
            Map.entry("exporters.html", Set.of("core", "json")),
            Map.entry("importers.csv", Set.of("core")),
            Map.entry("exporters.csv", Set.of("core")),
            // The command finds formats through the registry, never by a plugin's class; it runs the
            // conformance check of the testkit on them and, like the pipeline, merges matters told in posts
            // of several inputs with the blog library's public merge.
            Map.entry("cli", Set.of("core", "testkit", "blog")),
            // The pipeline finds formats through the registry, like the command, and runs them on Beam;
            // it merges matters told in posts read apart with the blog library's public merge.
            Map.entry("pipeline", Set.of("core", "blog")));

    private static JavaClasses classes;

    @BeforeAll
    static void importEveryModule() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/testplugin/"))
                .importPackages("org.civicwatch");
    }

    @Test
    void seesTheClassesOfEveryModule() {
        Set<String> modules = classes.stream().map(ArchitectureTest::moduleOf).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        assertThat(modules).contains("core", "testkit", "importers.json", "exporters.json", "importers.html",
                "exporters.html", "examples", "pipeline");
    }

    @Test
    void everyModuleIsListedWithWhatItMayUse() {
        Set<String> modules = classes.stream().map(ArchitectureTest::moduleOf).flatMap(Optional::stream)
                .filter(m -> !m.equals("examples")).collect(Collectors.toSet());
        assertThat(MODULES.keySet()).containsAll(modules);
    }

    @Test
    void coreHasNoRuntimeDependencies() {
        onlyUsesListedModulesAndLibraries("core");
    }

    @Test
    void theSharedJsonLibraryStandsOnCoreAndJackson() {
        onlyUsesListedModulesAndLibraries("json");
    }

    @Test
    void theSharedBlogLibraryStandsOnCoreJsonAndJsoup() {
        onlyUsesListedModulesAndLibraries("blog");
    }

    @Test
    void theCommandUsesThePublicApiAndPicocliAlone() {
        if (classes.stream().map(ArchitectureTest::moduleOf).flatMap(Optional::stream).anyMatch("cli"::equals)) {
            onlyUsesListedModulesAndLibraries("cli");
        }
    }

    @Test
    void thePipelineUsesThePublicApiAndBeamAlone() {
        onlyUsesListedModulesAndLibraries("pipeline");
    }

    @Test
    void beamIsUsedByThePipelineAlone() {
        ArchRule rule = classes().should(depend((origin, target) -> !target.getPackageName().startsWith("org.apache.beam")
                || moduleOf(origin).filter("pipeline"::equals).isPresent(), "use Apache Beam only in the pipeline"));
        rule.check(classes);
    }

    @Test
    void theTestkitStandsOnCoreAlone() {
        onlyUsesListedModulesAndLibraries("testkit");
    }

    @Test
    void everyPluginStandsOnCoreAndItsOwnLibraryAlone() {
        Set<String> plugins = classes.stream().map(ArchitectureTest::moduleOf).flatMap(Optional::stream)
                .filter(m -> m.startsWith("importers.") || m.startsWith("exporters.")).collect(Collectors.toSet());
        assertThat(plugins).hasSizeGreaterThanOrEqualTo(4);
        plugins.forEach(ArchitectureTest::onlyUsesListedModulesAndLibraries);
    }

    @Test
    void noModuleUsesAnotherModulesInternalPackages() {
        ArchRule rule = classes().should(depend((origin, target) -> {
            boolean internal = target.getPackageName().matches(".*\\.(internal|impl)(\\..*)?");
            return !internal || moduleOf(origin).equals(moduleOf(target));
        }, "use only their own module's internal and impl packages"));
        rule.check(classes);
    }

    private static void onlyUsesListedModulesAndLibraries(String module) {
        Set<String> modules = MODULES.get(module);
        Set<String> libraries = LIBRARIES.get(module);
        ArchRule rule = classes().that().resideInAPackage("org.civicwatch..")
                .and(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("are in module " + module) {
                    @Override
                    public boolean test(JavaClass c) {
                        return moduleOf(c).filter(module::equals).isPresent();
                    }
                })
                .should(depend((origin, target) -> {
                    String pkg = target.getPackageName();
                    Optional<String> targetModule = moduleOf(target);
                    if (targetModule.isPresent()) {
                        return targetModule.get().equals(module) || modules.contains(targetModule.get());
                    }
                    return pkg.isEmpty() || pkg.startsWith("java.") || pkg.startsWith("javax.annotation")
                            || target.isPrimitive() || target.isArray() && target.getBaseComponentType().isPrimitive()
                            || libraries.stream().anyMatch(l -> pkg.equals(l) || pkg.startsWith(l + "."));
                }, "depend only on " + (modules.isEmpty() ? "themselves" : modules) + ", the JDK"
                        + (libraries.isEmpty() ? "" : " and " + libraries)))
                .allowEmptyShould(false);
        rule.check(classes);
    }

    /** A condition that every dependency of a class satisfies a test on (origin, target). */
    private static ArchCondition<JavaClass> depend(BiPredicate<JavaClass, JavaClass> allowed, String description) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (target.isArray()) {
                        target = target.getBaseComponentType();
                    }
                    if (!allowed.test(origin, target)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /** {@return the civicwatch module a class belongs to, by its package; empty for other code} */
    static Optional<String> moduleOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.equals("org.civicwatch") && !pkg.startsWith("org.civicwatch.")) {
            return Optional.empty();
        }
        List<String> parts = List.of(pkg.split("\\."));
        if (parts.size() >= 4 && (parts.get(2).equals("importers") || parts.get(2).equals("exporters"))) {
            return Optional.of(parts.get(2) + "." + parts.get(3));
        }
        if (parts.size() >= 3 && Set.of("json", "blog", "testkit", "examples", "cli", "pipeline").contains(parts.get(2))) {
            return Optional.of(parts.get(2));
        }
        return Optional.of("core");
    }
}
