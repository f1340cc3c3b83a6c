package dev.dlint.command;

import static dev.dlint.command.Commands.all;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Version pins, with the behaviour examples of the rule catalogue (/work/shared/reference/catalogue.md) for DL3008,
 * DL3013, DL3016, DL3018, DL3028, DL3033, DL3037, DL3041 and DL3062: the unpinned packages of every install in a script.
 * Where a case depends on Dockerfile state (ENV/ARG values) it is the rule's business and not listed here.
 */
class VersionPinTest {

    /** The unpinned packages of every package install in {@code script}, space-separated. */
    static String unpinned(String script) {
        return all(script).stream()
                .map(PackageOperation::classify)
                .flatMap(java.util.Optional::stream)
                .flatMap(op -> op.unpinned().stream())
                .map(Operand::text)
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "DL3008 {0}")
    @CsvSource(delimiter = '|', value = {
        "apt-get update && apt-get install python|python",
        "apt-get install nodejs=0.10|",
        "apt-get -yqq install nodejs=0.10|",
        "apt-get install python-demjson=2.2.2*|",
        "apt-get install git=1:2.5.0*|",
        "apt-get install ./wkhtmltox_0.12.5-1.buster_amd64.deb|",
        "apt-get install -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1|",
        "apt-get install -y --no-install-recommends curl=7.88.1-10 ca-certificates|ca-certificates",
        "apt-get install -o Dpkg::Options::=--force-confold x=1|",
        "apt install python|python",
        "aptitude install -y python|python",
    })
    void apt(String script, String expected) {
        assertThat(unpinned(script)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "DL3013 {0}")
    @CsvSource(delimiter = '|', value = {
        "pip install MySQL_python|MySQL_python",
        "pip2 install MySQL_python|MySQL_python",
        "pip3 install MySQL_python|MySQL_python",
        "python -m pip install MySQL_python|MySQL_python",
        "pipx install black|black",
        "pip install MySQL_python==1.2.2|",
        "pip install MySQL_python~=1.2|",
        "pip install MySQL_python===1.2.2|",
        "pip install 'alabaster>=0.7'|",
        "pip install 'alabaster<0.7'|",
        "pip install 'alabaster!=0.7'|",
        "pip install mypkg.whl|",
        "pip install mypkg.tar.gz|",
        "pip install -r req.txt|",
        "pip install --requirement req.txt|",
        "pip install .|",
        "pip install foo/bar|",
        "pip install https://example.org/baz.zip|",
        "pip install git+https://github.com/user/repo.git@0.6-alpha#egg=repo|",
        "pip install git+https://github.com/user/repo.git#egg=repo|git+https://github.com/user/repo.git#egg=repo",
        "pip install git+ssh://git@github.com/user/repo.git|git+ssh://git@github.com/user/repo.git",
        "pip install -c constraints.txt flask|",
        "pip install --constraint constraints.txt flask|",
        "pip install --index-url https://i.example/simple flask==2.0|",
        "pip install --extra-index-url https://i.example/simple flask==2.0|",
        "pip install --build /tmp/b --prefix /usr --root / --target /opt flask==2.0|",
        "pip install --trusted-host h.example flask==2.0|",
        "pip install -i https://i.example/simple -t /opt flask==2.0|",
        "pipenv install black|",
        "pipx install --python \"$(which python)\" \"poetry==1.8.5\"|",
        "pip install --root-user-action ignore poetry==1.8.5|",
        "pip install --root-user-action=ignore mypkg|mypkg",
        "pip install -r req.txt flask|flask",
        "uv pip install flask|flask",
        "uv pip install flask==2|",
    })
    void pip(String script, String expected) {
        assertThat(unpinned(script)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "DL3016 {0}")
    @CsvSource(delimiter = '|', value = {
        "npm install express|express",
        "npm install @myorg/pkg|@myorg/pkg",
        "npm install express sax@0.1.1|express",
        "npm install --global express|express",
        "npm install git+https://github.com/x/y.git|git+https://github.com/x/y.git",
        "npm install --registry https://r.example express|express",
        "npm install --registry=https://r.example express|express",
        "npm install|",
        "npm install --progress=false|",
        "npm install express@4.1.1|",
        "npm install -g npm@latest|npm@latest",
        "npm install -g @angular/cli@latest|@angular/cli@latest",
        "npm install @myorg/pkg@\">=0.1.0 <0.2.0\"|",
        "npm install -g express@\"4.1.1\"|",
        "npm install ./pkg.tar ./pkg.tar.gz ./pkg.tgz|",
        "npm install /folder ./ ../ ~/|",
        "npm install git+ssh://git@github.com:x/y.git#v1.0.27|",
        "npm install git+https://github.com/x/y.git#semver:^5.0|",
        "npm run --crazy install|",
        "npm install --loglevel verbose sax@0.1.1|",
        "yarn add express|express",
        "pnpm add express@4|",
    })
    void npm(String script, String expected) {
        assertThat(unpinned(script)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "DL3018 {0}")
    @CsvSource(delimiter = '|', value = {
        "apk add flex|flex",
        "apk add flex=2.6.4-r1 bison|bison",
        "apk add flex=2.6.4-r1|",
        "apk add git~2.52.0|",
        "apk add git~=2.52|",
        "apk add git=~2.52|",
        "apk add \"flex>=2.6\"|",
        "apk add \"python3<3.12\"|",
        "apk add --virtual build-deps a=1 b=2|",
        "apk add -t build-deps a=1|",
        "apk add --repository https://r.example a=1|",
        "apk add --repository=https://r.example a=1|",
        "apk add -X https://r.example a=1|",
        "apk add mypackage-1.1.1.apk|",
        "apk --no-cache add flex=2.6.4-r1|",
    })
    void apk(String script, String expected) {
        assertThat(unpinned(script)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "DL3028 {0}")
    @CsvSource(delimiter = '|', value = {
        "gem i bundler|bundler",
        "gem install bundler|bundler",
        "gem i bunlder:1 nokogiri|nokogiri",
        "gem install bundler:1|",
        "gem install bundler -v '2.0.1'|",
        "gem install bundler --version '2.0.1'|",
        "gem install bundler --version='2.0.1'|",
        "gem install bundler:2.0.1 -- --use-system-libraries=true|",
        "gem install bundler:2.0.1 -- --use-system-libraries true|",
        "gem install bundler:2.0.1 --use-system-libraries true|",
    })
    void gem(String script, String expected) {
        assertThat(unpinned(script)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "DL3033/DL3041 {0}")
    @CsvSource(delimiter = '|', value = {
        "yum install -y tomcat|tomcat",
        "yum install -y tomcat-9.2|",
        "yum install -y openssl-1:1.1.1k|",
        "yum install -y rpm-sign-4.16.1.3|",
        "yum install -y gcc-c++-1.1.1|",
        "yum install -y /tmp/x-1.rpm|",
        "yum module install -y tomcat|tomcat",
        "yum module install -y tomcat:9|",
        "dnf install -y tomcat|tomcat",
        "dnf install -y rpm-sign|rpm-sign",
        "dnf install -y tomcat-9.0.1|",
        "dnf install -y rpm-sign-4.16.1.3 gcc-c++-1.1.1 openssl-1:1.1.1k|",
        "dnf module install tomcat|tomcat",
        "dnf module install tomcat:9|",
        "dnf -y group install \"Development Tools\"|",
        "dnf -y --setopt=install_weak_deps=False group install \"Development Tools\"|",
        "microdnf install -y tomcat|tomcat",
        "notdnf install tomcat|",
    })
    void rpm(String script, String expected) {
        assertThat(unpinned(script)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "DL3037 {0}")
    @CsvSource(delimiter = '|', value = {
        "zypper install -y tomcat|tomcat",
        "zypper install -y tomcat=9.0.39|",
        "zypper install -y tomcat\\>=9.0|",
        "zypper install -y tomcat\\>9.0|",
        "zypper install -y tomcat\\<=9.0|",
        "zypper install -y tomcat\\<9.0|",
        "zypper install -y tomcat-9.0.39-1.rpm|",
    })
    void zypper(String script, String expected) {
        assertThat(unpinned(script)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "DL3062 {0}")
    @CsvSource(delimiter = '|', value = {
        "go install example.com/pkg|example.com/pkg",
        "go install example.com/pkg@latest|example.com/pkg@latest",
        "go install example.com/pkg@none|example.com/pkg@none",
        "go install example.com/pkg@v1.2.3|",
        "go install /go/app/foobar|",
        "go install ./app/foobar|",
        "go install .|",
        "go get example.com/pkg|example.com/pkg",
        "go get example.com/pkg@v1.2.3|",
        "go get -tool foobar|foobar",
        "go get -tool foobar@v1.0.0|",
        "go run pkg@v1.2.3 -f|",
        "go run pkg@v1.2.3 --foo bar|",
        "go run pkg@v1.2.3 foobar|",
        "go run example.com/pkg|example.com/pkg",
        "go install -ldflags '-s -w' example.com/pkg@v1|",
    })
    void go(String script, String expected) {
        assertThat(unpinned(script)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "cargo install ripgrep|ripgrep",
        "cargo install ripgrep@14.0.0|",
        "cargo install ripgrep --version 14.0.0|",
        "cargo install --git https://github.com/x/y --tag v1 y|",
        "cargo install --git https://github.com/x/y y|y",
        "composer require vendor/pkg|vendor/pkg",
        "composer require vendor/pkg:^1.0|",
        "poetry add requests|requests",
        "poetry add requests@^2.0|",
    })
    void otherManagers(String script, String expected) {
        assertThat(unpinned(script)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"apt-get update", "apt-get remove python", "pip uninstall -y flask",
        "yum clean all", "npm ci"})
    void onlyInstallsAreChecked(String script) {
        assertThat(unpinned(script)).isEmpty();
    }
}
