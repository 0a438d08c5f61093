package kz.aimaq.itests.hostile;

/** A hostile add-on whose component's activation never returns unless its thread is interrupted. */
public final class Hanger {

    void activate() throws InterruptedException {
        Thread.sleep(Long.MAX_VALUE);
    }
}
