# On scratch the environment holds only PATH, so every undefined variable is reported, as BuildKit does
FROM scratch AS first
# expect: UndefinedVar:6 "Usage of undefined variable '$foo'"
COPY $foo .
ARG foo
COPY Dockerfile${foo} .
# expect: UndefinedVar "Usage of undefined variable '$HOME'"
WORKDIR $HOME/app
# expect: UndefinedVar "'$VERSION': no ARG or ENV before this line declares it, so it expands to an empty string here"
ARG IMAGE_VERSION=$VERSION

FROM scratch AS second
# expect: UndefinedVar:6 "'$bar'"
COPY $bar .
# a default or alternative says what happens when the variable is unset
COPY ${bar:-default} ${bar:+x} /
# shell-form commands expand variables in the shell, and EXPOSE is not checked
RUN echo $undefined
CMD echo $undefined
EXPOSE $PORT
# an ARG sees the ones declared before it in the same instruction
ARG a=1 b=$a
# escaped or single-quoted dollars are not variables
LABEL price=\$5 literal='$foo'
# expect: UndefinedVar@+1:1 "'$NAME'"
COPY <<EOF /greeting
$NAME says hello
EOF
COPY <<'EOF' /literal
$NAME stays as written
EOF
