package dev.retort.autogen.roundtrip;

/** Every model change, with the models as a hand-kept {@code schema.sql}. */
class SqlModelRoundTripTest extends RoundTripContract {
    @Override
    ModelFormat format() {
        return new SqlModelFile();
    }
}
