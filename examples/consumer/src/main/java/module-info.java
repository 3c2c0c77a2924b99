/** An application module that uses bouncedoc from the module path. */
module com.example.bounces {
    requires dev.bouncedoc;
}
