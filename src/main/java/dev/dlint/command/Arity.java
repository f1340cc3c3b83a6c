package dev.dlint.command;

/** Whether an option takes a value, and how the value may be written. */
public enum Arity {
    /** A flag: {@code -y}, {@code --yes}. A long flag written {@code --flag=x} still keeps {@code x} as its value. */
    NONE,
    /**
     * A value is required: {@code --output FILE}, {@code --output=FILE}, {@code -o FILE}, {@code -oFILE}, or as the last
     * flag of a cluster, {@code -xzf FILE}.
     */
    REQUIRED,
    /**
     * A value may be attached but is never taken from the next word: {@code --eof=END}, {@code -lMAX}, {@code sed -i.bak};
     * for tools in the {@link ParseStyle#APT APT} style also {@code -q=2}.
     */
    OPTIONAL,
    /**
     * Like {@link #REQUIRED}, but a separate value goes on over the following words up to the next one that starts with
     * {@code -} (Ruby Thor's array options: {@code bundle install --without development test}; {@code unzip -x a b}).
     */
    LIST
}
