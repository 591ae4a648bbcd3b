package dev.retort.autogen.roundtrip;

/** Every model change, with the models as a {@code SchemaModel} Java file. */
class DslModelRoundTripTest extends RoundTripContract {
    @Override
    ModelFormat format() {
        return new DslModelFile();
    }
}
