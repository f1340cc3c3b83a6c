FROM alpine:3.20
# archives, which ADD extracts
ADD file.tar /usr/src/app/
ADD file.gz /usr/src/app/
ADD file.bz2 /usr/src/app/
ADD file.xz /usr/src/app/
ADD file.tgz /usr/src/app/
ADD "file.tgz" /usr/src/app/
ADD rootfs.tar.zst /
# URLs and git repositories
ADD http://file.com /usr/src/app/
ADD "http://file.com" /usr/src/app/
ADD https://github.com/moby/buildkit.git#v0.14.0 /src/
ADD git@github.com:moby/buildkit.git /src/
# one source needs ADD, so ADD stays
ADD app.conf https://example.com/extra.conf /etc/app/
# flags only ADD knows
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d file /x
# a source whose value is unknown
ADD $UNSET_SOURCE /x/
