/**
 * The echo sample: an {@code Echo} service ({@code src/main/thrift/echo.thrift}) served by a view
 * handler ({@link dev.zerothrift.samples.echo.EchoViewHandler}: the request read in place, the
 * answer written in place) and called with the generated client's view calls ({@link
 * dev.zerothrift.samples.echo.EchoClient}); {@link dev.zerothrift.samples.echo.EchoMain} starts
 * both, prints a few calls and runs a short load ({@link dev.zerothrift.samples.echo.EchoLoad}).
 */
package dev.zerothrift.samples.echo;
