# useradd --system picks the uid when the image is built: dlint cannot know the number, so there is no fix.
FROM debian:12
RUN useradd --system app
# expect: NonNumericUser
USER app
