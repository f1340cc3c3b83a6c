FROM golang:1.22
WORKDIR /src
COPY . .
CMD ["go", "run", "."]
