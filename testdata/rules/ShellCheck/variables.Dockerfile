# dlint-test: shellcheck on
ARG global_version=1
FROM debian:12
ARG global_version
ARG build_flavour
ENV app_home=/srv/app
# ARG and ENV names in scope are assigned; the proxies BuildKit passes to every RUN too
RUN echo "$global_version" "$build_flavour" "$app_home" "$http_proxy" "$no_proxy"
# a secret mounted as an environment variable
RUN --mount=type=secret,id=tok,env=api_token curl -H "x: $api_token" https://example.com/
# expect: ShellCheck:23 as SC2154 "not_declared is referenced but not assigned"
RUN echo "$app_home" "$not_declared"
FROM debian:12
# ARGs do not outlive their stage; ENV of an unrelated stage is not inherited
# expect: ShellCheck:11 as SC2154 "build_flavour"
# expect: ShellCheck:28 as SC2154 "app_home"
RUN echo "$build_flavour" "$app_home"
