package dev.dlint.image.analysis;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dlint.image.ImageFormatException;
import dev.dlint.image.archive.json.Json;
import dev.dlint.image.archive.json.JsonReader;
import dev.dlint.text.BoundedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the CI gate thresholds from their sources with dive's precedence.
 *
 * <p>If a {@code .dive-ci} file exists, its {@code rules:} block (camelCase keys only; unknown and kebab-case keys
 * ignored) is applied on top of the defaults and replaces every other source of the three dive rules, CLI flags
 * included. Otherwise: flags, then the {@code DIVE_RULES_*} environment, then {@code .dlint.yaml}
 * ({@code image: rules:} with kebab-case keys), then the defaults. {@code max-wasted-bytes} is dlint's own and comes
 * from flags, then {@code .dlint.yaml}, whatever {@code .dive-ci} says.
 */
public final class CiRulesResolver {
    private static final long MAX_CONFIG_BYTES = 1024 * 1024;
    private static final String[][] KEYS = {
        // camelCase (.dive-ci, flags), kebab-case (.dlint.yaml), environment
        {"lowestEfficiency", "lowest-efficiency", "DIVE_RULES_LOWEST_EFFICIENCY"},
        {"highestWastedBytes", "highest-wasted-bytes", "DIVE_RULES_HIGHEST_WASTED_BYTES"},
        {"highestUserWastedPercent", "highest-user-wasted-percent", "DIVE_RULES_HIGHEST_USER_WASTED_PERCENT"},
        {"maxWastedBytes", "max-wasted-bytes", ""},
    };

    private CiRulesResolver() {
    }

    /**
     * Resolves the thresholds.
     *
     * @param diveCi    path of the {@code .dive-ci} file (used only if it exists)
     * @param flags     CLI values keyed by camelCase rule name (absent = not given)
     * @param env       the environment
     * @param dlintYaml path of {@code .dlint.yaml} (used only if it exists)
     * @throws GateConfigException for unreadable files or invalid values
     */
    public static CiRules resolve(Optional<Path> diveCi, Map<String, String> flags, Map<String, String> env,
                                  Optional<Path> dlintYaml) {
        Map<String, String> yaml = dlintYaml.filter(Files::isRegularFile).map(CiRulesResolver::readDlintYaml)
                .orElse(Map.of());
        return resolve(diveCi, flags, env, yaml);
    }

    /**
     * Resolves the thresholds with the {@code .dlint.yaml} values already read (kebab-case keys of
     * {@code image: rules:}, as the configuration loader validated them), with the same precedence.
     *
     * @throws GateConfigException for an unreadable {@code .dive-ci} or invalid values
     */
    public static CiRules resolve(Optional<Path> diveCi, Map<String, String> flags, Map<String, String> env,
                                  Map<String, String> yaml) {
        String[] values = {CiRules.DEFAULTS.lowestEfficiency(), CiRules.DEFAULTS.highestWastedBytes(),
            CiRules.DEFAULTS.highestUserWastedPercent(), CiRules.DEFAULTS.maxWastedBytes()};
        Optional<Map<String, String>> dive = diveCi.filter(Files::isRegularFile).map(CiRulesResolver::readDiveCi);
        for (int i = 0; i < KEYS.length; i++) {
            String camel = KEYS[i][0];
            boolean diveRule = i < 3;
            if (diveRule && dive.isPresent()) {
                values[i] = dive.get().getOrDefault(camel, values[i]);
            } else if (flags.containsKey(camel)) {
                values[i] = flags.get(camel);
            } else if (diveRule && env.containsKey(KEYS[i][2])) {
                values[i] = env.get(KEYS[i][2]);
            } else if (yaml.containsKey(KEYS[i][1])) {
                values[i] = yaml.get(KEYS[i][1]);
            }
        }
        return new CiRules(values[0], values[1], values[2], values[3]).validate();
    }

    /** Reads the camelCase rules of a {@code .dive-ci} file. */
    public static Map<String, String> readDiveCi(Path file) {
        Json.Obj rules = rulesBlock(file, readYaml(file));
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            String key = KEYS[i][0];
            scalar(rules, key).ifPresent(v -> out.put(key, v));
        }
        return out;
    }

    /** Reads the kebab-case rules under {@code image: rules:} of a {@code .dlint.yaml} file. */
    public static Map<String, String> readDlintYaml(Path file) {
        Json doc = readYaml(file);
        Json.Obj image = doc instanceof Json.Obj o ? o.object("image").orElse(null) : null;
        Map<String, String> out = new HashMap<>();
        if (image == null) {
            return out;
        }
        Json.Obj rules = rulesBlock(file, image);
        for (String[] key : KEYS) {
            scalar(rules, key[1]).ifPresent(v -> out.put(key[1], v));
        }
        return out;
    }

    private static Json.Obj rulesBlock(Path file, Json doc) {
        if (!(doc instanceof Json.Obj o)) {
            return new Json.Obj(Map.of());
        }
        Optional<Json> rules = o.get("rules").filter(r -> !(r instanceof Json.Null));
        if (rules.isPresent() && !(rules.get() instanceof Json.Obj)) {
            throw new GateConfigException(file + ": 'rules' should be a mapping");
        }
        return rules.map(r -> (Json.Obj) r).orElse(new Json.Obj(Map.of()));
    }

    private static Optional<String> scalar(Json.Obj rules, String key) {
        if (!rules.members().containsKey(key)) {
            return Optional.empty();
        }
        Json v = rules.members().get(key);
        if (v instanceof Json.Str s) {
            return Optional.of(s.value());
        }
        if (v instanceof Json.Num n) {
            return Optional.of(n.text());
        }
        if (v instanceof Json.Bool b) {
            return Optional.of(Boolean.toString(b.value()));
        }
        if (v instanceof Json.Null) {
            return Optional.of("");
        }
        throw new GateConfigException("rule '" + key + "' should be a scalar value");
    }

    /** An empty document: nothing but blank lines, comments and document markers (dive reads dive's defaults). */
    private static boolean onlyCommentsOrBlank(byte[] data) {
        for (String line : new String(data, java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#") && !t.equals("---") && !t.equals("...")) {
                return false;
            }
        }
        return true;
    }

    private static Json readYaml(Path file) {
        try {
            byte[] data = BoundedFiles.read(file, MAX_CONFIG_BYTES);
            if (onlyCommentsOrBlank(data)) {
                return new Json.Obj(Map.of());
            }
            return new JsonReader(new YAMLFactory()).parse(data, file.toString());
        } catch (BoundedFiles.TooLargeException e) {
            throw new GateConfigException(file + ": larger than " + MAX_CONFIG_BYTES + " bytes");
        } catch (IOException e) {
            throw new GateConfigException(file + ": cannot read: " + e.getMessage());
        } catch (ImageFormatException e) {
            throw new GateConfigException(e.getMessage());
        }
    }
}
