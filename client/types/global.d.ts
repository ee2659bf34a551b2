/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

/** Built for the browser (H5) / the WeChat mini-program; set by the build config (client/config), constant per build. */
declare const IS_H5: boolean
declare const IS_WEAPP: boolean

/** GraphQL endpoint for weapp, injected at build time from the `API_URL` env variable. */
declare const API_URL: string

/** WeChat subscribe-message template id (env `WECHAT_SUBSCRIBE_TEMPLATE_ID` at build time); '' when unset. */
declare const WECHAT_SUBSCRIBE_TEMPLATE_ID: string

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    TARO_APP_ID: string
    API_URL?: string
  }
}
