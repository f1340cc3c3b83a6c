FROM debian:12
RUN wget -q https://example.com/a.tgz
# exactly one finding for the pair, at the second tool
# expect: CurlAndWgetInOneStage:5 as DL4001 "curl runs in a stage that also uses wget (line 2)"
RUN curl -fsSLO https://example.com/b.tgz
# later uses of either are reported too
# expect: CurlAndWgetInOneStage:5 "wget runs in a stage that also uses curl (line 5)"
RUN wget -q https://example.com/c.tgz
FROM debian:12
# both in one RUN
# expect: CurlAndWgetInOneStage:5
RUN wget -q https://example.com/a.tgz && curl -fsSLO https://example.com/b.tgz
