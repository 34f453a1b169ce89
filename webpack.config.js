/* Builds the Excel task pane (dist/taskpane.html) and the web app (dist/web/index.html). */
'use strict';
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');

const root = __dirname;
const officeHostPath = path.join(root, 'src/excel/office-host.ts');
// Task G owns src/excel; until its OfficeHost exists the task pane builds against a stub that says so.
const officeHostAvailable = fs.existsSync(officeHostPath);

/** Web app policy: everything from our own origin, nothing else. */
const WEB_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

function common(mode) {
  const production = mode === 'production';
  return {
    mode,
    context: root,
    // No eval-based source maps: the web app's CSP (script-src 'self') would block them.
    devtool: production ? false : 'cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // Node built-ins must never reach the bundles: fail the build if the engine imports one.
      fallback: { fs: false, path: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', target: 'es2020' } } },
        },
      ],
    },
    optimization: {
      usedExports: true,
      sideEffects: true,
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    plugins: [new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(mode) })],
  };
}

function taskpane(mode) {
  const base = common(mode);
  return {
    ...base,
    name: 'taskpane',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.join(root, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: { keep: /^(web|manifest\.xml)/ },
    },
    plugins: [
      ...base.plugins,
      ...(officeHostAvailable
        ? []
        : [
            new webpack.NormalModuleReplacementPlugin(/[\\/]excel[\\/]office-host$/, path.join(root, 'src/taskpane/office-host-missing.ts')),
          ]),
      // The manifest points at /assets/icon-*.png and /bantuan.html (SupportUrl, LearnMoreUrl).
      new CopyPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/bantuan*'] } },
          // Copied as written (not minified), like the icons.
          { from: 'assets/bantuan.html', to: 'bantuan.html', info: { minimized: true } },
        ],
      }),
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
    ],
  };
}

function web(mode) {
  const base = common(mode);
  return {
    ...base,
    name: 'web',
    entry: { app: './src/web/index.tsx' },
    output: {
      path: path.join(root, 'dist/web'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    plugins: [
      ...base.plugins,
      new HtmlWebpackPlugin({
        template: './src/web/index.html',
        filename: 'index.html',
        chunks: ['app'],
        scriptLoading: 'defer',
        templateParameters: { csp: WEB_CSP },
      }),
    ],
  };
}

/**
 * HTTPS for `npm start` (Office requires it). office-addin-dev-certs makes a
 * CA and a localhost certificate and installs the CA; where installing fails
 * (no sudo) the generated certificate is still used, untrusted until the user
 * imports ~/.office-addin-dev-certs/ca.crt. Plain http is the last resort.
 */
async function devServer() {
  let server = 'http';
  let certs;
  try {
    certs = require('office-addin-dev-certs');
    server = { type: 'https', options: await certs.getHttpsServerOptions() };
  } catch (err) {
    try {
      const dir = require('office-addin-dev-certs/lib/defaults');
      if (!fs.existsSync(dir.localhostCertificatePath)) await certs.generateCertificates();
      server = {
        type: 'https',
        options: {
          ca: fs.readFileSync(dir.caCertificatePath),
          cert: fs.readFileSync(dir.localhostCertificatePath),
          key: fs.readFileSync(dir.localhostKeyPath),
        },
      };
      console.warn(
        `\n[lakip] CA pengembangan tidak dapat dipasang (${err && err.message}).\n` +
          `[lakip] Serving https://localhost:3000 with an untrusted certificate; import ${dir.caCertificatePath} as a trusted CA for Excel.\n`,
      );
    } catch (err2) {
      console.warn(
        `\n[lakip] Sertifikat HTTPS pengembangan tidak dapat dibuat (${err2 && err2.message}).\n` +
          '[lakip] Serving over plain http://localhost:3000 instead; Excel needs https, the web app works over http.\n',
      );
    }
  }
  return {
    port: 3000,
    host: 'localhost',
    server,
    static: false,
    hot: false,
    headers: { 'Access-Control-Allow-Origin': '*' },
    devMiddleware: { writeToDisk: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const configs = [taskpane(mode), web(mode)];
  if (env.WEBPACK_SERVE) {
    // One dev server serves both: /taskpane.html and /web/index.html.
    const ds = await devServer();
    configs[1].output.publicPath = '/web/';
    configs[0].output.publicPath = '/';
    configs[0].devServer = ds;
  }
  return configs;
};
