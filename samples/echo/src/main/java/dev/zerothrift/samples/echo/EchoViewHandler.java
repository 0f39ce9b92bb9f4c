package dev.zerothrift.samples.echo;

/**
 * {@code Echo} on the view path: the request is read through the args view over the received frame,
 * and the echo written field by field with the result writer straight into the reply's chain.
 * Nothing is decoded into objects but the user's name (compared in place) and the copies the writer
 * needs.
 */
public final class EchoViewHandler implements Echo.ViewHandler {
    /** The user whose requests are refused, to show a declared exception. */
    public static final String REFUSED_USER = "nobody";

    @Override
    public void echo(Echo.echo_argsView args, Echo.echo_reply reply) throws Refused {
        if (!args.hasRequest()) {
            throw new Refused().setReason("no request");
        }
        RequestView request = args.request();
        if (request.userEquals(REFUSED_USER)) {
            throw new Refused().setReason(REFUSED_USER + " may not call");
        }
        reply.send(
                result -> {
                    RequestView.Writer echo = result.beginSuccess();
                    echo.id(request.id());
                    if (request.hasUser()) {
                        echo.user(request.user());
                    }
                    if (request.hasPriority()) {
                        echo.priority(request.priority());
                    }
                    if (request.hasValues()) {
                        echo.values(request.valuesLongs());
                    }
                    if (request.hasPayload()) {
                        echo.payload(request.payloadBytes());
                    }
                    echo.end();
                });
    }
}
