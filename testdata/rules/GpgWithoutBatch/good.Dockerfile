FROM debian:12-slim
RUN gpg --batch --keyserver keyserver.ubuntu.com --recv-keys 0E163286C20D07B9787EBE9FD7F9D0414FD08104
RUN curl -fsSL https://example.com/key.asc | gpg --batch --dearmor -o /usr/share/keyrings/example.gpg
RUN gpg --version
