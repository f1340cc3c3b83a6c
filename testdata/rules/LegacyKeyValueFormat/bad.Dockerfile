FROM scratch
# expect: LegacyKeyValueFormat:5 "should be used instead of legacy"
ENV testkey value
# expect: LegacyKeyValueFormat:7 "LABEL key=value"
LABEL key value
# the value is the rest of the line: one word with quotes stays as it is
# expect: LegacyKeyValueFormat
ENV MSG "hello world"
# several words need quotes, or key=value would split them
# expect: LegacyKeyValueFormat
ENV LIST a b  c
# expect: LegacyKeyValueFormat
ENV DEPS \
    curl \
    git \
    make
# expect: LegacyKeyValueFormat
ENV ASSIGN a=b c
# expect: LegacyKeyValueFormat
env lower $HOME/bin
