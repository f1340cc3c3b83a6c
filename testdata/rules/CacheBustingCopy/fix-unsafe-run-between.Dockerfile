# A RUN between the COPY and the install may read the copied files: the fix is offered as unsafe only.
# dlint-test: file go.mod = module example.com/app\n\ngo 1.23\n
# dlint-test: file go.sum
# dlint-test: file tools/gen.sh
FROM golang:1.23
WORKDIR /src
# expect: CacheBustingCopy
COPY . .
RUN sh tools/gen.sh
RUN go mod download
RUN go build -o /usr/local/bin/app .
