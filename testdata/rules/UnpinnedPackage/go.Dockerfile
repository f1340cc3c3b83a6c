FROM golang:1.22
# expect: UnpinnedPackage:16 as DL3062 "Pin it: `example.com/pkg@<version>`."
RUN go install example.com/pkg
# expect: UnpinnedPackage as DL3062 "`example.com/pkg@latest`"
RUN go install example.com/pkg@latest
# expect: UnpinnedPackage as DL3062
RUN go install example.com/pkg@none
RUN go install example.com/pkg@v1.2.3
RUN go install /go/app/foobar
RUN go install ./app/foobar
RUN go install .
# expect: UnpinnedPackage as DL3062
RUN go get example.com/pkg
RUN go get example.com/pkg@v1.2.3
# expect: UnpinnedPackage as DL3062
RUN go get -tool foobar
RUN go get -tool foobar@v1.0.0
RUN go run pkg@v1.2.3 -f
RUN go run pkg@v1.2.3 --foo bar
RUN go run pkg@v1.2.3 foobar
RUN go install -ldflags '-s -w' example.com/pkg@v1
