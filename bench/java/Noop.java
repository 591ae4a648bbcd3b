/** The bare JVM of bench/run's start-up figure: starts, prints nothing, exits. */
public class Noop {
    public static void main(String[] args) {
    }
}
