package org.civicwatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicwatch.FormatRegistry.Conflict;
import org.civicwatch.FormatRegistry.ProviderFailure;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.FormatNotFoundException;
import org.civicwatch.spi.Importer;

/**
 * Discovery and look-up: the importers and exporters found by {@link ServiceLoader} (or given by hand),
 * one per format id, with the providers that failed to load and the ids claimed twice.
 *
 * <p>Two providers claiming one id: the higher {@link FormatDescriptor#priority()} wins, then the class
 * name that sorts first. A format looked up and not installed is a {@link FormatNotFoundException}
 * naming the formats present and, from {@link KnownFormats}, the module that would add it.
 */
final class InstalledFormats {
    private final Map<String, Importer> importers;
    private final Map<String, Exporter> exporters;
    private final List<ProviderFailure> failures;
    private final List<Conflict> conflicts;

    private InstalledFormats(List<Importer> importerList, List<Exporter> exporterList, List<ProviderFailure> failures) {
        List<Conflict> found = new ArrayList<>();
        List<ProviderFailure> broken = new ArrayList<>(failures);
        this.importers = choose(Direction.READ, importerList, Importer::descriptor, found, broken);
        this.exporters = choose(Direction.WRITE, exporterList, Exporter::descriptor, found, broken);
        this.conflicts = List.copyOf(found);
        this.failures = List.copyOf(broken);
    }

    /** {@return the providers of a class loader (the class path)} */
    static InstalledFormats load(ClassLoader loader) {
        List<ProviderFailure> failures = new ArrayList<>();
        return new InstalledFormats(discover(ServiceLoader.load(Importer.class, loader), Direction.READ, failures),
                discover(ServiceLoader.load(Exporter.class, loader), Direction.WRITE, failures), failures);
    }

    /** {@return the providers of a module layer (the module path)} */
    static InstalledFormats load(ModuleLayer layer) {
        List<ProviderFailure> failures = new ArrayList<>();
        return new InstalledFormats(discover(ServiceLoader.load(layer, Importer.class), Direction.READ, failures),
                discover(ServiceLoader.load(layer, Exporter.class), Direction.WRITE, failures), failures);
    }

    /** {@return the given plugins only; conflicts are resolved as for loaded ones} */
    static InstalledFormats of(List<? extends Importer> importers, List<? extends Exporter> exporters) {
        return new InstalledFormats(List.copyOf(importers), List.copyOf(exporters), List.of());
    }

    private static <S> List<S> discover(ServiceLoader<S> loader, Direction direction, List<ProviderFailure> failures) {
        List<S> found = new ArrayList<>();
        Iterator<S> it = loader.iterator();
        // The iterator moves past a provider that fails, so a bounded loop sees every one.
        for (int guard = 0; guard < 10_000; guard++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                failures.add(new ProviderFailure(direction.service(), providerName(e), reason(e)));
            } catch (LinkageError e) {
                // A provider class that cannot be linked (a library it needs is missing) is not wrapped
                // by ServiceLoader; the iterator has moved past it all the same.
                failures.add(new ProviderFailure(direction.service(), "(unknown provider)",
                        e.getClass().getSimpleName() + ": " + reason(e)
                                + ". A class it needs is missing: add the library the plugin depends on."));
            }
        }
        return found;
    }

    private static String providerName(ServiceConfigurationError e) {
        // ServiceLoader's messages read "org.civicwatch.spi.Importer: Provider x.Y could not be instantiated".
        String m = String.valueOf(e.getMessage());
        int p = m.indexOf("Provider ");
        if (p >= 0) {
            String rest = m.substring(p + "Provider ".length());
            int space = rest.indexOf(' ');
            return space > 0 ? rest.substring(0, space) : rest;
        }
        return "(unknown provider)";
    }

    private static String reason(Throwable e) {
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            s.append("; caused by ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
        }
        return s.toString();
    }

    private static <S> Map<String, S> choose(Direction direction, List<S> providers,
                                             Function<S, FormatDescriptor> describe, List<Conflict> conflicts,
                                             List<ProviderFailure> failures) {
        Map<String, List<Map.Entry<S, FormatDescriptor>>> byId = new TreeMap<>();
        for (S p : providers) {
            FormatDescriptor d;
            try {
                d = describe.apply(p);
            } catch (RuntimeException e) {
                failures.add(new ProviderFailure(direction.service(), p.getClass().getName(),
                        "descriptor() threw " + e.getClass().getSimpleName() + ": " + e.getMessage()));
                continue;
            }
            byId.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(Map.entry(p, d));
        }
        Map<String, S> chosen = new LinkedHashMap<>();
        byId.forEach((id, claims) -> {
            claims.sort(Comparator.<Map.Entry<S, FormatDescriptor>>comparingInt(e -> -e.getValue().priority())
                    .thenComparing(e -> e.getKey().getClass().getName()));
            chosen.put(id, claims.get(0).getKey());
            if (claims.size() > 1) {
                conflicts.add(new Conflict(direction.service(), id, claims.get(0).getKey().getClass().getName(),
                        claims.subList(1, claims.size()).stream().map(e -> e.getKey().getClass().getName()).toList()));
            }
        });
        return Collections.unmodifiableMap(chosen);
    }

    /** {@return the importers in use, by format id in id order} */
    Map<String, Importer> importers() {
        return importers;
    }

    /** {@return the exporters in use, by format id in id order} */
    Map<String, Exporter> exporters() {
        return exporters;
    }

    /** {@return the format ids in use in a direction, in order} */
    List<String> ids(Direction direction) {
        return List.copyOf((direction == Direction.READ ? importers : exporters).keySet());
    }

    List<ProviderFailure> failures() {
        return failures;
    }

    List<Conflict> conflicts() {
        return conflicts;
    }

    Optional<Importer> findImporter(String formatId) {
        return Optional.ofNullable(importers.get(formatId.toLowerCase(Locale.ROOT)));
    }

    Optional<Exporter> findExporter(String formatId) {
        return Optional.ofNullable(exporters.get(formatId.toLowerCase(Locale.ROOT)));
    }

    Importer importer(String formatId) {
        return findImporter(formatId).orElseThrow(() -> missing(Direction.READ, formatId));
    }

    Exporter exporter(String formatId) {
        return findExporter(formatId).orElseThrow(() -> missing(Direction.WRITE, formatId));
    }

    /**
     * {@return the error for a format that is not installed: the formats present, the module to add where
     * the table of known formats names one, and the plugins that failed to load}
     */
    FormatNotFoundException missing(Direction direction, String formatId) {
        String id = formatId.toLowerCase(Locale.ROOT);
        StringBuilder s = new StringBuilder("no " + direction.service() + " for format '" + id + "' is installed. ");
        List<String> present = ids(direction);
        s.append(present.isEmpty() ? "No formats are installed." : "Installed: " + String.join(", ", present) + ".");
        KnownFormats.byId(id).ifPresent(known -> {
            String artifact = direction.artifactOf(known);
            if (artifact != null) {
                s.append(" To ").append(direction.verb()).append(' ').append(id).append(" (").append(known.description())
                        .append("), add ").append(artifact).append(" to the class path or module path.");
            }
        });
        return withFailures(s);
    }

    /** {@return an error about what no installed plugin claims, with the plugins that failed to load} */
    FormatNotFoundException withFailures(StringBuilder message) {
        if (!failures.isEmpty()) {
            message.append(" Some plugins failed to load: ")
                    .append(failures.stream().map(ProviderFailure::toString).collect(Collectors.joining("; ")));
        }
        return new FormatNotFoundException(message.toString());
    }

    /** {@return a listing of the formats in use, conflicts and failures, for people} */
    String describe() {
        StringBuilder s = new StringBuilder();
        s.append("Importers:\n");
        importers.values().forEach(i -> line(s, i.descriptor(), i.getClass()));
        s.append("Exporters:\n");
        exporters.values().forEach(e -> line(s, e.descriptor(), e.getClass()));
        conflicts.forEach(c -> s.append("Conflict: ").append(c).append('\n'));
        failures.forEach(f -> s.append("Failed: ").append(f).append('\n'));
        return s.toString();
    }

    private static void line(StringBuilder s, FormatDescriptor d, Class<?> type) {
        s.append(String.format(Locale.ROOT, "  %-12s %-24s %-24s %s%n", d.id(), d.name(),
                d.extensions().stream().map(e -> "." + e).collect(Collectors.joining(" ")), type.getName()));
    }
}
