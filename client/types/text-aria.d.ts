// Taro's <Text> types leave out the ARIA attributes that <View> has; the H5 build passes them to the DOM, where
// they give a title or a live count its role (and tests find it the way a screen reader does).
import '@tarojs/components/types/Text';

declare module '@tarojs/components/types/Text' {
  interface TextProps {
    role?: string;
    'aria-level'?: number;
  }
}
