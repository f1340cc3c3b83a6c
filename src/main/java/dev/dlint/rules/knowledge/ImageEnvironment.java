package dev.dlint.rules.knowledge;

import dev.dlint.model.ImageReference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the environment of a base image may hold, for rules that cannot pull the image. An official image sets
 * variables named after it ({@code node} sets {@code NODE_VERSION}, {@code python} {@code PYTHON_VERSION}), and
 * families of images set well-known ones ({@code JAVA_HOME}, {@code GOPATH}, {@code CARGO_HOME}); many images set
 * the locale and {@code HOME}. A name in none of these may still come from some image, so rules use this only to
 * stay silent, never to decide that a variable is set.
 */
public final class ImageEnvironment {

    /** Variables any image may set. */
    private static final Set<String> COMMON = Set.of("PATH", "HOME", "HOSTNAME", "LANG", "LANGUAGE", "LC_ALL",
            "TERM", "TZ", "USER", "SHELL", "LD_LIBRARY_PATH", "GOSU_VERSION", "GPG_KEY", "GPG_KEYS");

    /** Variables or name prefixes (ending in {@code _}) set by images whose name contains the key. */
    private static final Map<String, List<String>> FAMILIES = Map.ofEntries(
            Map.entry("golang", List.of("GOLANG_", "GOPATH", "GOTOOLCHAIN", "GOROOT")),
            Map.entry("node", List.of("NODE_", "YARN_", "NPM_")),
            Map.entry("python", List.of("PYTHON_", "PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED", "PIP_")),
            Map.entry("pypy", List.of("PYPY_", "PYTHON_")),
            Map.entry("jdk", List.of("JAVA_", "JDK_")), Map.entry("jre", List.of("JAVA_", "JRE_")),
            Map.entry("java", List.of("JAVA_")), Map.entry("temurin", List.of("JAVA_")),
            Map.entry("corretto", List.of("JAVA_")), Map.entry("semeru", List.of("JAVA_")),
            Map.entry("maven", List.of("MAVEN_", "JAVA_")), Map.entry("gradle", List.of("GRADLE_", "JAVA_")),
            Map.entry("tomcat", List.of("CATALINA_", "TOMCAT_", "JAVA_")), Map.entry("jetty", List.of("JETTY_", "JAVA_")),
            Map.entry("jenkins", List.of("JENKINS_", "JAVA_", "REF", "COPY_REFERENCE_FILE_LOG")),
            Map.entry("ruby", List.of("RUBY_", "GEM_HOME", "BUNDLE_")), Map.entry("php", List.of("PHP_", "PHPIZE_DEPS",
                    "APACHE_")), Map.entry("nginx", List.of("NGINX_", "NJS_", "PKG_RELEASE", "DYNPKG_RELEASE")),
            Map.entry("httpd", List.of("HTTPD_")), Map.entry("postgres", List.of("PG_", "PGDATA", "POSTGRES_")),
            Map.entry("mysql", List.of("MYSQL_")), Map.entry("mariadb", List.of("MARIADB_", "MYSQL_")),
            Map.entry("mongo", List.of("MONGO_", "JSYAML_")), Map.entry("redis", List.of("REDIS_")),
            Map.entry("rust", List.of("RUST_", "RUSTUP_", "CARGO_")), Map.entry("dotnet", List.of("DOTNET_", "ASPNET_",
                    "ASPNETCORE_", "NUGET_", "POWERSHELL_", "APP_UID")),
            Map.entry("elixir", List.of("ELIXIR_", "MIX_")), Map.entry("erlang", List.of("OTP_", "REBAR_", "REBAR3_")),
            Map.entry("cuda", List.of("CUDA_", "NV_", "NVIDIA_", "NCCL_", "CUDNN_")),
            Map.entry("docker", List.of("DOCKER_")), Map.entry("gcc", List.of("GCC_")),
            Map.entry("conda", List.of("CONDA_")), Map.entry("julia", List.of("JULIA_")),
            Map.entry("haproxy", List.of("HAPROXY_")), Map.entry("caddy", List.of("CADDY_", "XDG_")),
            Map.entry("swift", List.of("SWIFT_")), Map.entry("perl", List.of("PERL_")),
            Map.entry("haskell", List.of("GHC_", "STACK_", "CABAL_")), Map.entry("rabbitmq", List.of("RABBITMQ_",
                    "OPENSSL_", "ERLANG_")), Map.entry("elasticsearch", List.of("ELASTIC_", "ES_")),
            Map.entry("oracle/", List.of("ORACLE_", "DOMAIN_", "JAVA_", "MW_HOME", "WL_HOME", "FMW_", "RUN_FILE",
                    "START_FILE", "PWD_FILE", "CONFIG_RSP", "INSTALL_", "CHECK_", "USER_MEM_ARGS")));

    private ImageEnvironment() {
    }

    /** Whether some image may set {@code variable}: for a base this file cannot resolve. */
    public static boolean maySetAnywhere(String variable) {
        return COMMON.contains(variable);
    }

    /** Whether an image of this reference may set {@code variable} in its environment. */
    public static boolean maySet(ImageReference image, String variable) {
        if (COMMON.contains(variable)) {
            return true;
        }
        String repository = image.repository().value().toLowerCase(Locale.ROOT);
        String own = image.imageName().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_') + "_";
        if (variable.startsWith(own)) {
            return true;
        }
        for (Map.Entry<String, List<String>> family : FAMILIES.entrySet()) {
            if (repository.contains(family.getKey())) {
                for (String name : family.getValue()) {
                    if (name.endsWith("_") ? variable.startsWith(name) : variable.equals(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
