package org.vigie.learning.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between a browser and the site, on loopback: a TCP relay the test can cut
 * ({@link #down()}: the port refuses connections and open ones are dropped, as when a
 * phone loses its signal) and restore ({@link #up()}, on the same port, so the browser
 * sees the same origin). Unlike emulating offline in the page, this cuts the service
 * worker off too.
 */
public final class Relay implements AutoCloseable {

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	private final int target;

	private final int port;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	public Relay(int target) {
		this.target = target;
		this.server = listen(0);
		this.port = this.server.getLocalPort();
	}

	public int port() {
		return this.port;
	}

	public void down() {
		closeQuietly(this.server);
		this.open.forEach(Relay::closeQuietly);
		this.open.clear();
	}

	public void up() {
		this.server = listen(this.port);
	}

	@Override
	public void close() {
		down();
	}

	private ServerSocket listen(int port) {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(LOOPBACK, port));
			Thread.ofVirtual().start(() -> accept(socket));
			return socket;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket browser = socket.accept();
				Socket site = new Socket(LOOPBACK, this.target);
				this.open.add(browser);
				this.open.add(site);
				Thread.ofVirtual().start(() -> pump(browser, site));
				Thread.ofVirtual().start(() -> pump(site, browser));
			}
			catch (IOException ex) {
				// Closed by down(), or one connection failed: the loop checks which.
			}
		}
	}

	private void pump(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// A side went away: the connection ends.
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			this.open.remove(from);
			this.open.remove(to);
		}
	}

	private static void closeQuietly(java.io.Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

}
